import {
  checkCatalogImport,
  exportCatalog,
  importCatalogText,
  moveEntry,
  readCatalog,
  removeEntry,
  saveBasics,
  saveEntry,
} from '../../services/catalog';
import type { HandlerMap } from '../types';

type CatalogChannel =
  | 'catalog.get'
  | 'catalog.export'
  | 'catalog.checkImport'
  | 'catalog.import'
  | 'catalog.saveEntry'
  | 'catalog.removeEntry'
  | 'catalog.moveEntry'
  | 'catalog.saveBasics';

export const catalogHandlers: HandlerMap<CatalogChannel> = {
  'catalog.get': (_input, { db }) => readCatalog(db),
  'catalog.export': (_input, { db }) => exportCatalog(db),
  'catalog.checkImport': ({ text }) => checkCatalogImport(text),
  'catalog.import': ({ text }, { db }) => importCatalogText(db, text),
  'catalog.saveEntry': ({ list, entry, originalId, expected }, { db }) => saveEntry(db, list, entry, originalId, expected),
  'catalog.removeEntry': ({ list, id }, { db }) => removeEntry(db, list, id),
  'catalog.moveEntry': ({ list, id, toIndex }, { db }) => moveEntry(db, list, id, toIndex),
  'catalog.saveBasics': (basics, { db }) => saveBasics(db, basics),
};
