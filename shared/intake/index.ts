// The intake form: template v1, the therapist's flags, renewal and guardian rules, consent
// defaults. Pure and zod-free (the API's schemas live in shared/api).
export * from './template';
export * from './flags';
export * from './renewal';
export * from './consent';
export * from './settings';
export * from './signature';
export * from './form';
