// Start-up: the answers the first screen waits for. A host that serves the page itself (the
// loopback web host, the LAN listener) writes them into index.html as a JSON data block, so
// the page starts rendering as soon as its scripts are evaluated, without a round trip.
// Electron's renderer has no such block and asks over IPC, as any page may.
import type { Channel } from './contract';

export const FIRST_ANSWER_CHANNELS = ['app.info', 'app.session', 'settings.get', 'catalog.get'] as const satisfies readonly Channel[];
export type FirstAnswerChannel = (typeof FIRST_ANSWER_CHANNELS)[number];

/** The id of the `<script type="application/json">` element that carries them. */
export const FIRST_ANSWERS_ELEMENT_ID = 'front-desk-first-answers';
