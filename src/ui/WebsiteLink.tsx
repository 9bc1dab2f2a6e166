/** An office website, shown without its scheme, opened in a new tab. */
export function WebsiteLink({ href }: { href: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {href.replace(/^https:\/\//, '')}
    </a>
  );
}
