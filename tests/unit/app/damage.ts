// Makes a database file damaged the way a failing disk or a bad copy would: pages in the
// middle of the file overwritten with garbage (the header page left intact).
import fs from 'node:fs';

export function damagePages(file: string, fromShare = 0.4, toShare = 0.7): void {
  const size = fs.statSync(file).size;
  const pageSize = fs.readFileSync(file).readUInt16BE(16) || 65536;
  const pages = Math.floor(size / pageSize);
  const fd = fs.openSync(file, 'r+');
  try {
    for (let page = Math.max(2, Math.floor(pages * fromShare)); page < Math.floor(pages * toShare); page++) {
      fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, page * pageSize);
    }
  } finally {
    fs.closeSync(fd);
  }
}
