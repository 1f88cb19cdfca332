/**
 * 돋보기: a round magnifier (2×–4×) over the live screen. It shows a copy of the screen, scaled,
 * refreshed on every change; it lets every touch through, so the screen under it stays usable.
 * It follows the finger (and keyboard focus) and can be parked where it is.
 */
import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

export const lensState = signal({ zoom: 2, parked: false });
/** The point being magnified, in viewport px. */
const target = signal({ x: 540, y: 700 });

const SIZE = 380;

function copyScroll(from: Element, to: Element): void {
  const a = from.querySelectorAll('*');
  const b = to.querySelectorAll('*');
  for (let i = 0; i < a.length && i < b.length; i++) {
    const src = a[i] as HTMLElement;
    if (src.scrollTop || src.scrollLeft) {
      (b[i] as HTMLElement).scrollTop = src.scrollTop;
      (b[i] as HTMLElement).scrollLeft = src.scrollLeft;
    }
  }
}

export function Lens({ source }: { source: () => HTMLElement | null }) {
  const stage = useRef<HTMLDivElement>(null);
  const { zoom, parked } = lensState.value;

  // Keep the copy live.
  useEffect(() => {
    const root = source();
    const into = stage.current;
    if (!root || !into) return;
    let frame = 0;
    const refresh = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const copy = root.cloneNode(true) as HTMLElement;
        for (const el of copy.querySelectorAll('[id]')) el.removeAttribute('id');
        for (const el of copy.querySelectorAll('button, a, input, select, textarea, [tabindex]'))
          el.setAttribute('tabindex', '-1');
        const rect = root.getBoundingClientRect();
        copy.style.position = 'absolute';
        copy.style.left = `${rect.left}px`;
        copy.style.top = `${rect.top}px`;
        copy.style.width = `${rect.width}px`;
        copy.style.height = `${rect.height}px`;
        copy.style.margin = '0';
        into.replaceChildren(copy);
        copyScroll(root, copy);
      });
    };
    refresh();
    const observer = new MutationObserver(refresh);
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    document.addEventListener('scroll', refresh, true);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      document.removeEventListener('scroll', refresh, true);
    };
  }, []);

  // Follow the finger, and keyboard focus.
  useEffect(() => {
    if (parked) return;
    const onPointer = (e: PointerEvent) => (target.value = { x: e.clientX, y: e.clientY });
    const onFocus = (e: FocusEvent) => {
      if (!(e.target instanceof HTMLElement)) return;
      const r = e.target.getBoundingClientRect();
      target.value = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    window.addEventListener('pointerdown', onPointer, { passive: true });
    window.addEventListener('pointermove', onPointer, { passive: true });
    document.addEventListener('focusin', onFocus);
    return () => {
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('pointermove', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [parked]);

  const { x, y } = target.value;
  const vw = typeof window === 'undefined' ? 1080 : window.innerWidth;
  // The glass sits above the finger (below it near the top) so the finger never hides it.
  const above = y - SIZE / 2 - 60;
  const cy = above - SIZE / 2 >= 0 ? above : y + SIZE / 2 + 60;
  const cx = Math.min(Math.max(x, SIZE / 2), vw - SIZE / 2);
  return (
    <div
      class="lens"
      aria-hidden="true"
      data-testid="lens"
      style={{
        left: `${cx - SIZE / 2}px`,
        top: `${cy - SIZE / 2}px`,
        width: `${SIZE}px`,
        height: `${SIZE}px`,
      }}
    >
      <div
        ref={stage}
        class="lens-stage"
        inert
        style={{
          transform: `translate(${SIZE / 2 - x * zoom}px, ${SIZE / 2 - y * zoom}px) scale(${zoom})`,
        }}
      />
    </div>
  );
}
