// One account's part of the subscriptions pane: a heading ("On this computer", "… — user@host")
// over its folders and feeds; with only this computer, no heading at all (account-sections.ts).
import { useId, type ReactNode } from 'react';
import type { AccountGroup } from '../../shared/sync';
import '../styles/accounts.css';

export function AccountSectionView({ account, children }: { account: AccountGroup | null; children: ReactNode }) {
  const id = useId();
  if (!account) return <>{children}</>;
  return (
    <section className="account-section" aria-labelledby={id}>
      <h3 id={id} className="account-heading">
        {account.title}
      </h3>
      {children}
    </section>
  );
}
