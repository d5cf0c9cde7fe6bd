import { useState } from 'react';
import { deleteEverything } from '../../../db/backup-repository';
import { Dialog } from '../../../ui/dialog';
import { paths } from '../../../ui/paths';

/** Removes the whole journal from this device, after a clear confirmation. */
export function DeleteEverything() {
  const [open, setOpen] = useState(false);
  const [sure, setSure] = useState(false);
  const [failed, setFailed] = useState(false);
  const close = () => {
    setOpen(false);
    setSure(false);
  };
  return (
    <section aria-labelledby="delete-all-heading" className="danger-zone">
      <h2 id="delete-all-heading" className="section-title">
        Delete everything
      </h2>
      <p>
        This removes every entry, answer and experiment from this device. A backup you made elsewhere is not touched.
      </p>
      <button type="button" className="button button--quiet" onClick={() => setOpen(true)}>
        Delete everything...
      </button>
      {failed ? (
        <p role="alert">Your journal couldn't be deleted just now. Close other tabs of Good Enough and try again.</p>
      ) : null}
      <Dialog
        open={open}
        title="Delete your whole journal?"
        onClose={close}
        actions={
          <>
            <button type="button" className="button button--quiet" onClick={close}>
              Keep my journal
            </button>
            <button
              type="button"
              className="button button--danger"
              disabled={!sure}
              onClick={() =>
                void deleteEverything().then(
                  () => window.location.assign(paths.today()),
                  () => {
                    close();
                    setFailed(true);
                  },
                )
              }
            >
              Delete everything
            </button>
          </>
        }
      >
        <p>This can't be undone. Without a backup, nobody can bring these words back.</p>
        <label className="choice">
          <input type="checkbox" checked={sure} onChange={(event) => setSure(event.target.checked)} />
          <span>I understand, and I want to delete everything on this device.</span>
        </label>
      </Dialog>
    </section>
  );
}
