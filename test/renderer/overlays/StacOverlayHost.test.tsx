/**
 * What every view carries besides its document (the overlay content wrapper, the snack bar region) is
 * placed by the shared stylesheet, not by inline styles: a page with many views, or a long list of them,
 * pays nothing per view for it.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StacView } from '../../../src/renderer';

describe('the overlay host of a view', () => {
  it('adds no inline style to a one-node view', () => {
    const { container } = render(<StacView document={{ type: 'text', data: 'Hello' }} />);
    expect(screen.getByText('Hello')).toBeVisible();
    expect(container.querySelectorAll('[style]')).toHaveLength(0);
  });

  it('keeps the snack bar region fixed at the bottom centre, above the page', () => {
    render(<StacView document={{ type: 'text', data: 'Hello' }} />);
    const region = getComputedStyle(screen.getByRole('status'));
    expect(region.position).toBe('fixed');
    expect(region.bottom).toBe('16px');
    expect(region.left).toBe('50%');
    expect(region.zIndex).toBe('1100');
  });

  it('lays the document out as if the wrapper were not there', () => {
    const { container } = render(<StacView document={{ type: 'text', data: 'Hello' }} />);
    const wrapper = container.querySelector<HTMLElement>('[data-stac-overlay-content]')!;
    expect(getComputedStyle(wrapper).display).toBe('contents');
  });
});
