/** The calm note about what this app is and is not. Reachable from every screen. */
export function CareNoteText() {
  return (
    <div className="prose">
      <p>
        Good Enough is a self-help journal. It can be a kind place to think and to try small things. It is not therapy,
        and it is not crisis care.
      </p>
      <p>
        If you are in danger, or you feel you might harm yourself or someone else, please contact your local emergency
        services now, or reach out to someone you trust.
      </p>
      <p>
        If writing stirs up more than you want to hold right now, you can stop here. Take a pause, breathe, and come
        back another day, or not at all. Talking with a doctor or a counsellor can help too.
      </p>
    </div>
  );
}
