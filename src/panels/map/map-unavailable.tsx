/** The panel's message where the map would be, when it cannot be drawn. */
export function MapUnavailable({ reason }: { reason: string }) {
  return (
    <div className="map-stage__message" role="status">
      <p>
        <strong>The map cannot be drawn here.</strong> {reason} Its places, claims and flows are
        listed below as text; the rest of the dashboard works as usual.
      </p>
    </div>
  );
}
