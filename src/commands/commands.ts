// Ribbon command file: placeholder until the command lands (issue 6).
async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate("runCheck", runCheck);
});
