import type { Namespace } from '../../i18n';

/** What the therapist's view says, in either language (loaded again when it changes). */
export const THERAPIST_NAMESPACES: readonly Namespace[] = ['therapist', 'intake', 'coverage'];
