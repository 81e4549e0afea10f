import type { SourceRole } from '@/lib/schema/source';

/** The roles a reader can choose badges for; navigation links never get one worth showing. */
export const PAGE_ROLES: readonly SourceRole[] = ['citation', 'reference', 'related', 'self', 'social', 'media', 'other'];
