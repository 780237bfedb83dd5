import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { retryingLazy } from '../../src/components/retrying-lazy.tsx';

const Figures = ({ total }: { total: string }) => createElement('p', null, `Tổng điểm ${total}`);

/** What the page shows for `View` inside the view's Suspense boundary, rendered once (React's markers left out). */
const shown = (View: ReturnType<typeof retryingLazy<{ total: string }>>): string =>
  renderToString(
    createElement(
      Suspense,
      { fallback: createElement('div', { 'aria-busy': 'true' }) },
      createElement(View, { total: '40,54' }),
    ),
  )
    .replace(/<!--.*?-->/g, '')
    .replace(/<template[^>]*><\/template>/g, '');

describe('retryingLazy', () => {
  it('renders a view whose code was loaded before its first render at once, without the placeholder', async () => {
    const View = retryingLazy(() => Promise.resolve(Figures));
    await View.preload();
    expect(shown(View)).toBe('<p>Tổng điểm 40,54</p>');
  });

  it('shows the placeholder while the code has not arrived', () => {
    const View = retryingLazy(() => new Promise<typeof Figures>(() => undefined));
    expect(shown(View)).toBe('<div aria-busy="true"></div>');
  });

  it('after a failed load, asks for the code again, and renders it once it has come', async () => {
    let calls = 0;
    const View = retryingLazy(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Figures);
    });
    await expect(View.preload()).resolves.toBeUndefined();
    await View.preload();
    expect(calls).toBe(2);
    expect(shown(View)).toBe('<p>Tổng điểm 40,54</p>');
  });
});
