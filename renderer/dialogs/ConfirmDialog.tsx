// A question with one answer that acts (e.g. "Mark 768 articles in All items as read?"). It opens
// with focus on that answer, so Enter confirms and Escape cancels.
import { Dialog } from '../ui/Dialog';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose }: Props) {
  return (
    <Dialog title={title} className="prompt-dialog confirm-dialog" onClose={onClose}>
      <p>{message}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
