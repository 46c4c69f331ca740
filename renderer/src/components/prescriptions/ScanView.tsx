// The stored scan or photo of a paper prescription. A JPEG or PNG is shown in the page as an
// <img> of a blob: URL (the CSP's img-src allows blob:, and an image runs no script) and
// prints through the printable page. A PDF is never shown inside the app: the CSP forbids
// <object> and framing, and a PDF may carry scripts. It opens in the system's PDF viewer
// through the Electron host, or, in the web host, is saved by the browser to open from there.
// The type always comes from the bytes, never from the stored type or a name.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrescriptionRecord } from '../../../../shared/api/prescriptions';
import { scanTypeOf } from '../../../../shared/scans';
import { ApiCallError, call } from '../../api/client';
import { errorMessage } from '../../errors';
import { formatDate } from '../../format';
import { downloadBlob } from '../download';
import type { Lang } from '../../../../shared/vocabulary';
import './prescriptions.css';

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const isImageScan = (rx: PrescriptionRecord | null) => rx?.scan?.type === 'image/jpeg' || rx?.scan?.type === 'image/png';

/** A blob: URL of the prescription's scan when it is an image (checked from its bytes); null
 *  for no scan, a PDF, or while loading. Fetched only while `wanted`; revoked on unmount. */
export function useScan(rx: PrescriptionRecord | null, wanted = true): { image: string | null } {
  const [image, setImage] = useState<string | null>(null);
  const id = isImageScan(rx) && wanted ? rx!.id : null;
  useEffect(() => {
    setImage(null);
    if (id === null) return;
    let live = true;
    let url: string | null = null;
    call('prescriptions.scan', { id }).then(
      ({ data }) => {
        const bytes = bytesOf(data);
        const type = scanTypeOf(bytes);
        if (!live || (type !== 'image/jpeg' && type !== 'image/png')) return;
        url = URL.createObjectURL(new Blob([bytes], { type }));
        setImage(url);
      },
      () => undefined, // the card simply offers no scan
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id]);
  return { image };
}

export function ScanImage(props: { src: string; alt: string }) {
  return <img className="print-scan" src={props.src} alt={props.alt} />;
}

/** Hands a PDF scan to the system's viewer (Electron), or has the browser save it as
 *  `baseName` + the extension of the type its bytes have (only a PDF leaves this way). */
async function openPdf(rx: PrescriptionRecord, baseName: string): Promise<'opened' | 'downloaded'> {
  try {
    await call('print.openScan', { prescriptionId: rx.id });
    return 'opened';
  } catch (error) {
    if (!(error instanceof ApiCallError && error.error.code === 'unavailable')) throw error;
  }
  const bytes = bytesOf((await call('prescriptions.scan', { id: rx.id })).data);
  if (scanTypeOf(bytes) !== 'application/pdf') throw new ApiCallError({ code: 'invalid-input', details: {} });
  // A download, not a navigation: the bytes leave the page as a file the user opens.
  downloadBlob(`${baseName}.pdf`, new Blob([bytes], { type: 'application/octet-stream' }));
  return 'downloaded';
}

/** On the client page, under a prescription: show (image) or open (PDF) its scan. */
export function ScanView(props: { prescription: PrescriptionRecord; lang: Lang }) {
  const { t } = useTranslation(['coverage', 'errors']);
  const rx = props.prescription;
  const [shown, setShown] = useState(false);
  const [note, setNote] = useState('');
  const { image } = useScan(rx, shown);
  if (!rx.scan) return null;
  const alt = t('summary.scanImage', { issuedOn: formatDate(rx.issuedOn, props.lang) });
  if (rx.scan.type === 'application/pdf')
    return (
      <div className="scan-view">
        <button
          type="button"
          onClick={() =>
            void openPdf(rx, t('summary.scanFileName', { date: rx.issuedOn })).then(
              (how) => setNote(t(how === 'opened' ? 'summary.scanOpened' : 'summary.scanDownloaded')),
              (error: unknown) => setNote(errorMessage(t, error)),
            )
          }
        >
          {t('summary.scanOpen')}
        </button>
        <p role="status" className="muted">
          {note}
        </p>
      </div>
    );
  return (
    <div className="scan-view">
      <button type="button" aria-expanded={shown} onClick={() => setShown((s) => !s)}>
        {t(shown ? 'summary.scanHide' : 'summary.scanShow')}
      </button>
      {shown && image && <img className="scan-image" src={image} alt={alt} />}
    </div>
  );
}
