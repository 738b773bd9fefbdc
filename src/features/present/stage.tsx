// The 16:9 stage (DESIGN §7): the slide is laid out once at 1280 × 720 units and scaled as a whole to the
// largest 16:9 box that fits its container (1280 × 720 up to 3840 × 2160 and beyond), centred, so nothing
// ever scrolls and a 20-unit text is 20 px on a 1280 × 720 Teams share and 30 px at 1920 × 1080.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { STAGE } from '@/layout/slide-geometry';

export function stageScale(width: number, height: number): number {
  return Math.max(0.05, Math.min(width / STAGE.width, height / STAGE.height));
}

export function Stage({ children, label, className }: { children: ReactNode; label?: string; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const fitToWindow = () => setScale(stageScale(element.clientWidth, element.clientHeight));
    fitToWindow();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(fitToWindow);
    observer?.observe(element);
    addEventListener('resize', fitToWindow);
    return () => {
      observer?.disconnect();
      removeEventListener('resize', fitToWindow);
    };
  }, []);
  return (
    <div className={`stage-box${className ? ` ${className}` : ''}`} ref={box}>
      <div
        className="stage"
        data-scale={scale}
        role={label === undefined ? undefined : 'region'}
        aria-label={label}
        style={{ width: STAGE.width, height: STAGE.height, transform: `translate(-50%, -50%) scale(${scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
