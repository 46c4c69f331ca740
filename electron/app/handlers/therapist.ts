import { recordTherapistVisit, therapistClient, therapistClients } from '../../services/therapist';
import type { HandlerMap } from '../types';

type TherapistChannel = 'therapist.clients' | 'therapist.client' | 'therapist.recordVisit';

export const therapistHandlers: HandlerMap<TherapistChannel> = {
  'therapist.clients': (filter, { db, now }) => therapistClients(db, filter, now()),
  'therapist.client': ({ clientId }, { db, now }) => therapistClient(db, clientId, now()),
  // The device's name is the therapist's: a tablet is paired per therapist or per room.
  'therapist.recordVisit': (input, { db, now, caller }) => recordTherapistVisit(db, input, caller.deviceName ?? '', now()),
};
