// A labelled checkbox, the sidebar's one on/off control.
import type { ReactNode } from 'react';

export function Check({
  checked,
  onToggle,
  children,
}: {
  checked: boolean;
  onToggle(): void;
  children: ReactNode;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={onToggle} />
      {children}
    </label>
  );
}
