import { businessCountry, checkTypedPhone } from '../../services/phones';
import type { HandlerMap } from '../types';

export const phoneHandlers: HandlerMap<'phones.check'> = {
  'phones.check': ({ text }, { db }) => checkTypedPhone(text, businessCountry(db)),
};
