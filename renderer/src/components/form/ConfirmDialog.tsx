import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

/** "Are you sure?" before something that cannot be undone. For a destructive action the
 *  focus starts on Cancel, so a stray Enter does no harm. */
export function ConfirmDialog(props: {
  title: string;
  message: ReactNode;
  confirmLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  destructive?: boolean;
  busy?: boolean;
}) {
  const { t } = useTranslation('common');
  const messageId = useId();
  return (
    <Dialog title={props.title} onClose={props.onCancel} role="alertdialog" describedBy={messageId}>
      <div id={messageId}>{props.message}</div>
      <div className="row dialog-actions">
        <button
          type="button"
          className={props.destructive ? 'primary danger-fill' : 'primary'}
          onClick={props.onConfirm}
          disabled={props.busy}
          data-autofocus={props.destructive ? undefined : true}
        >
          {props.confirmLabel ?? t('actions.confirm')}
        </button>
        <button type="button" onClick={props.onCancel} data-autofocus={props.destructive ? true : undefined}>
          {t('actions.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
