import { describe, expect, it } from 'vitest';
import { contentRootSteps, findContentRoot } from '../../lib/extract/dom/content-root';
import { parseHtml } from '../../lib/platform/html';
import { longRead } from '../web/generated';

describe('the page-load scan', () => {
  it('finds the content root of a long page in steps, with the same answer as in one go', () => {
    const doc = parseHtml(longRead());
    const steps = contentRootSteps(doc);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    const paragraphs = doc.querySelectorAll('p').length;
    expect(paragraphs).toBeGreaterThan(300);
    // One pause per 100 paragraphs, so no slice reads the whole page.
    expect(yields).toBeGreaterThanOrEqual(Math.floor(Math.min(paragraphs, 5000) / 100) - 1);
    expect(step.value).toBe(findContentRoot(doc));
  });

});
