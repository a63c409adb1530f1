/** The form's own error, announced as soon as it appears (the region exists before it has text). */
export function FormAlert({ id, message }: { id: string; message: string }) {
  return (
    <div id={id} role="alert" className={message ? "form-alert" : undefined}>
      {message}
    </div>
  );
}
