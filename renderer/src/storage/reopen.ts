/** After a restore: the app reopens on the restored data (every screen reads it afresh). */
export function reopenApp(): void {
  window.location.reload();
}
