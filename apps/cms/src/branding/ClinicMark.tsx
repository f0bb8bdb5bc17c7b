/** A square mark with the clinic's initials, in the admin's theme colours (no image to upload or review). */
export function ClinicMark({ initials, size }: { initials: string; size: number | string }) {
  return (
    <svg width={size} height={size} viewBox="0 0 40 40" role="img" aria-hidden="true" focusable="false">
      <rect width="40" height="40" rx="8" fill="var(--theme-success-500, #2f7d5b)" />
      <text
        x="20"
        y="26"
        textAnchor="middle"
        fontSize={initials.length > 1 ? 16 : 20}
        fontWeight="700"
        fontFamily="system-ui, sans-serif"
        fill="#fff"
      >
        {initials}
      </text>
    </svg>
  )
}
