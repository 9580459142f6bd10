// Settings, saved as they change (no Save button): each control calls updateSettings for its one
// setting, and the theme, font and size apply at once.
import { useId } from 'react';
import type { Settings } from '../../shared/settings';
import { DesktopSettings } from '../shell/DesktopSettings';
import { Dialog } from '../ui/Dialog';
import { OfflineSettings } from './OfflineSettings';
import type { CallOutput } from '../../shared/contract';
import { SharingSettings } from '../sharing/SharingSettings';
import { RulesSection } from '../rules/rules-context';
import { RetentionSetting } from './RetentionSetting';
import { AccountsSettings } from '../accounts/AccountsSettings';
import type { AccountsState } from '../api/use-accounts';

interface Props {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
  onClose: () => void;
  /** Opens the import and export dialog. */
  onLibrary?: () => void;
  onOutbox?: () => void;
  /** Writes the shared folder now (the sharing section's "Publish now"). */
  onPublishShared: () => Promise<CallOutput<'publishShared'>>;
  /** Settings → Accounts (sync); left out where there is none. */
  accounts?: AccountsState;
}

const intervals = [15, 30, 60, 120, 240, 720, 1440];

function intervalLabel(minutes: number): string {
  if (minutes < 60) return `Every ${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? 'Every hour' : hours === 24 ? 'Once a day' : `Every ${hours} hours`;
}

function Choice<V extends string>(props: {
  legend: string;
  name: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}) {
  return (
    <fieldset className="settings-choice">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function Check(props: { label: string; checked: boolean; hint?: string; onChange: (checked: boolean) => void }) {
  return (
    <label className="settings-check">
      <input type="checkbox" checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} />
      <span>
        {props.label}
        {props.hint ? <span className="settings-hint">{props.hint}</span> : null}
      </span>
    </label>
  );
}

export function SettingsDialog({ settings, onChange, onClose, onLibrary, onOutbox, onPublishShared, accounts }: Props) {
  const ids = useId();
  return (
    <Dialog title="Settings" className="settings-dialog" onClose={onClose}>
      <form className="settings-form" onSubmit={(event) => event.preventDefault()}>
        <section aria-labelledby={`${ids}-look`}>
          <h3 id={`${ids}-look`}>Appearance</h3>
          <Choice
            legend="Theme"
            name="theme"
            value={settings.theme}
            options={[
              { value: 'system', label: 'Follow system' },
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
            onChange={(theme) => onChange({ theme })}
          />
          <div className="settings-row">
            <label htmlFor={`${ids}-font`}>Article font</label>
            <select
              id={`${ids}-font`}
              className="select"
              value={settings.fontFamily}
              onChange={(event) => onChange({ fontFamily: event.target.value as Settings['fontFamily'] })}
            >
              <option value="serif">Serif</option>
              <option value="sans">Sans-serif</option>
              <option value="mono">Monospace</option>
            </select>
          </div>
          <div className="settings-row">
            <label htmlFor={`${ids}-size`}>Text size</label>
            <input
              id={`${ids}-size`}
              type="range"
              min={12}
              max={28}
              step={1}
              value={settings.fontSize}
              onChange={(event) => onChange({ fontSize: Number(event.target.value) })}
            />
            <output htmlFor={`${ids}-size`}>{settings.fontSize}px</output>
          </div>
          <Choice
            legend="Density"
            name="density"
            value={settings.density}
            options={[
              { value: 'comfortable', label: 'Comfortable' },
              { value: 'compact', label: 'Compact' },
            ]}
            onChange={(density) => onChange({ density })}
          />
          <div className="settings-row">
            <label htmlFor={`${ids}-view`}>Default view</label>
            <select
              id={`${ids}-view`}
              className="select"
              value={settings.listView}
              onChange={(event) => onChange({ listView: event.target.value as Settings['listView'] })}
            >
              <option value="list">List</option>
              <option value="expanded">Expanded</option>
              <option value="magazine">Magazine</option>
              <option value="cards">Cards</option>
            </select>
          </div>
        </section>
        <section aria-labelledby={`${ids}-reading`}>
          <h3 id={`${ids}-reading`}>Reading</h3>
          <Check label="Mark articles read when opened" checked={settings.markReadOnOpen} onChange={(markReadOnOpen) => onChange({ markReadOnOpen })} />
          <Check
            label="Mark articles read when scrolled past"
            hint="In the expanded view"
            checked={settings.markReadOnScroll}
            onChange={(markReadOnScroll) => onChange({ markReadOnScroll })}
          />
          <Check
            label="Confirm before marking many articles read"
            hint="Mark all as read offers Undo either way"
            checked={settings.confirmMarkManyRead}
            onChange={(confirmMarkManyRead) => onChange({ confirmMarkManyRead })}
          />
          <Check
            label="Open links in the background"
            hint="In the desktop app: the browser opens without taking focus"
            checked={settings.openLinksInBackground}
            onChange={(openLinksInBackground) => onChange({ openLinksInBackground })}
          />
        </section>
        <section aria-labelledby={`${ids}-refresh`}>
          <h3 id={`${ids}-refresh`}>Refreshing</h3>
          <div className="settings-row">
            <label htmlFor={`${ids}-interval`}>Refresh subscriptions</label>
            <select
              id={`${ids}-interval`}
              className="select"
              value={settings.refreshIntervalMinutes}
              onChange={(event) => onChange({ refreshIntervalMinutes: Number(event.target.value) })}
            >
              {[...new Set([...intervals, settings.refreshIntervalMinutes])]
                .sort((a, b) => a - b)
                .map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {intervalLabel(minutes)}
                  </option>
                ))}
            </select>
          </div>
          <Check label="Refresh when Tidings starts" checked={settings.refreshOnStart} onChange={(refreshOnStart) => onChange({ refreshOnStart })} />
          <RetentionSetting value={settings.retentionDays} onChange={onChange} />
        </section>
        {accounts ? <AccountsSettings state={accounts} /> : null}
        <OfflineSettings settings={settings} onChange={onChange} />
        <SharingSettings settings={settings} onChange={onChange} onPublish={onPublishShared} {...(onOutbox ? { onOutbox } : {})} />
        <DesktopSettings settings={settings} onChange={onChange} />
        <RulesSection />
        {onLibrary ? (
          <section aria-labelledby={`${ids}-library`}>
            <h3 id={`${ids}-library`}>Library</h3>
            <p className="settings-hint">Bring subscriptions in from OPML, a Google Takeout or Reader JSON, or take them out.</p>
            <button type="button" className="button" onClick={onLibrary}>
              Import and export…
            </button>
          </section>
        ) : null}
      </form>
    </Dialog>
  );
}
