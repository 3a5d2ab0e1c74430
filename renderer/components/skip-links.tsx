// The first thing the keyboard reaches (issue 17): links past the header to the results,
// the problems and the report. Hidden until focused; each target takes the focus itself.
import { SCREEN_TEXT } from '../../common/i18n';

export interface SkipTarget {
  id: string;
  label: string;
}

export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  const follow = (id: string) => (event: { preventDefault(): void }) => {
    const target = document.getElementById(id);
    if (!target) return;
    // Focus, not only scroll: the next Tab goes on from the target (the app has no router).
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="skip-links" aria-label={SCREEN_TEXT.skip.label}>
      <ul>
        {targets.map(({ id, label }) => (
          <li key={id}>
            <a href={`#${id}`} onClick={follow(id)}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
