// Every status is told by an icon AND a word, never by colour alone (WCAG 1.4.1).
import { render } from '@testing-library/react';
import { ROW_STATUSES } from '../../../common/outcomes';
import { ROW_STATUS_WORDS } from '../../../common/i18n/en';
import { StatusPill } from '../../../renderer/components/status-pill';

describe('StatusPill', () => {
  it.each(ROW_STATUSES)('shows an icon and the word for %s', (status) => {
    const { container } = render(<StatusPill status={status} />);
    const pill = container.querySelector('.pill')!;
    expect(pill).toHaveTextContent(ROW_STATUS_WORDS[status]);
    expect(pill).toHaveClass(`pill-${status}`);
    const icon = pill.querySelector('svg')!;
    expect(icon).toHaveAttribute('aria-hidden', 'true');
    expect(icon.querySelector('path')?.getAttribute('d')).toBeTruthy();
  });

  it('gives every status an icon of its own', () => {
    const shapes = ROW_STATUSES.map((status) => {
      const { container, unmount } = render(<StatusPill status={status} />);
      const svg = container.querySelector('svg')!.innerHTML;
      unmount();
      return svg;
    });
    expect(new Set(shapes).size).toBe(ROW_STATUSES.length);
  });
});
