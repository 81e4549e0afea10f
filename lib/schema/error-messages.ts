/**
 * English issue messages for zod/mini schemas ("expected number, received string"), which it leaves
 * out to stay small: a rejected message or report is logged with what was wrong, not only "Invalid
 * input". Classic zod sets the same on load; the popup and the page scripts load only zod/mini.
 */
import { config } from 'zod/mini';
import { en } from 'zod/locales';

config(en());
