// The rule editor as a dialog of its own ("Make a rule from this…"), and the confirmation that
// names the word "Mute this word" will hide. DialogHost shows them.
import type { RuleInput } from '../../shared/rules';
import { ConfirmDialog } from '../dialogs/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { muteRule } from './draft';
import { useRulesUi } from './rules-context';
import { RuleEditor } from './RuleEditor';

export function RuleEditorDialog({ draft, onClose }: { draft: RuleInput; onClose: () => void }) {
  const ui = useRulesUi();
  if (!ui) return null;
  return (
    <Dialog title="New rule" className="rule-dialog" onClose={onClose}>
      <RuleEditor
        initial={draft}
        library={ui.library}
        count={ui.rules.count}
        onCancel={onClose}
        onSave={async (rule) => {
          await ui.rules.save(rule, null);
          onClose();
        }}
      />
    </Dialog>
  );
}

export function MuteWordDialog({ word, onClose, onMuted }: { word: string; onClose: () => void; onMuted: (message: string) => void }) {
  const ui = useRulesUi();
  if (!ui) return null;
  return (
    <ConfirmDialog
      title="Mute this word"
      message={`Hide new articles whose title or content contains “${word}”, in every feed? They will be in Filtered.`}
      confirmLabel="Mute"
      onConfirm={() => {
        ui.rules.save(muteRule(word), null).then(
          () => onMuted(`Muted “${word}”`),
          (error: unknown) => onMuted(error instanceof Error ? error.message : String(error)),
        );
      }}
      onClose={onClose}
    />
  );
}
