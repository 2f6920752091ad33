/** What a view shows while the data it needs is loading, or, if it could not be loaded, why. */
export function LoadStatus({ error, loading }: { error: string | null; loading: string }) {
  return error ? (
    <p className="status" role="alert">
      {error}
    </p>
  ) : (
    <p className="status" role="status">
      {loading}
    </p>
  );
}
