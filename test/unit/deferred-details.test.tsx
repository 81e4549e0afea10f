// @vitest-environment happy-dom
import { options, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useRenderRoot } from '../support/render-root';
import { DeferredDetails } from '../../components/popup/DeferredDetails';

// A card's closed summary and claims are built after the report is painted, or at once when opened,
// and are in the DOM either way (find-in-page reaches them).

const rootOf = useRenderRoot();
const raf = options.requestAnimationFrame;
afterEach(() => {
  options.requestAnimationFrame = raf;
});

const details = () => (
  <DeferredDetails class="claims" summary="18 claims">
    {() => <p data-testid="body">the claims</p>}
  </DeferredDetails>
);

describe('a closed card section', () => {
  it('shows its summary at once and builds its body after the first paint', async () => {
    render(details(), rootOf());
    expect(rootOf().querySelector('details.claims > summary')?.textContent).toBe('18 claims');
    expect(rootOf().querySelector('[data-testid="body"]')).toBeNull();
    // Preact runs effects after the next animation frame.
    await vi.waitFor(() => expect(rootOf().querySelector('details.claims [data-testid="body"]')?.textContent).toBe('the claims'));
  });

  it('builds its body as soon as the reader opens it, without waiting for a paint', async () => {
    // No frame ever comes: only the toggle can build the body.
    options.requestAnimationFrame = () => {};
    render(details(), rootOf());
    const el = rootOf().querySelector('details')!;
    expect(el.querySelector('[data-testid="body"]')).toBeNull();
    el.open = true;
    el.dispatchEvent(new Event('toggle'));
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(el.querySelector('[data-testid="body"]')?.textContent).toBe('the claims');
  });
});
