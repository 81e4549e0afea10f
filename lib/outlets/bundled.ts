/**
 * Imported for its effect by runtimes that carry the outlet table in their code (the CLI,
 * tests, evaluation, the page extractor): the lookups read it from then on.
 */
import { OUTLETS } from './data';
import { provideOutlets } from './table';

provideOutlets(OUTLETS);
