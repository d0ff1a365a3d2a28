import { formatShare } from "../lib/campaigns";

/**
 * A share as text ("75 %") with a bar beside it. The text carries the information; the bar only
 * repeats it for the eye, so it is hidden from assistive technologies (which would read it twice).
 */
export function ShareMeter({ share, detail }: { share: number; detail?: string | undefined }) {
  const percent = Math.round(Math.min(1, Math.max(0, share)) * 100);
  return (
    <span className="share-meter">
      <progress className="share-meter__bar" max={100} value={percent} aria-hidden="true" />
      <span className="share-meter__text">
        {formatShare(share)}
        {detail ? <span className="share-meter__detail"> {detail}</span> : null}
      </span>
    </span>
  );
}
