// Requests outside any locale (rare: the proxy adds one) get a plain page.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body>
        <h1>Not found</h1>
        <a href="/">Brücke</a>
      </body>
    </html>
  );
}
