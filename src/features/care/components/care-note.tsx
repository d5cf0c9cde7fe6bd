/** What this app is and is not, and that stopping is always allowed. Part of the help path. */
export function CareNoteText() {
  return (
    <>
      <p>
        Good Enough is a self-help journal. It can be a kind place to think and to try small things. It is not therapy,
        and it is not crisis care.
      </p>
      <p>
        If writing stirs up more than you want to hold right now, you can stop here. Take a pause, breathe, and come
        back another day, or not at all.
      </p>
    </>
  );
}
