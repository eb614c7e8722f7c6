import { ProfileImage } from "@/app/components/profile-image";
import type { CastMember } from "@/lib/credits/view";
import { personPath } from "@/lib/urls";
import { describeEpisodeTotal, describeRole, joinLines } from "./credit-lines";
import { collapseAfter, CompactEntry, MorePeople } from "./more-people";
import { PersonLinks } from "./person-links";

function CastCard({ member }: { member: CastMember }) {
  return (
    <li className="person">
      <ProfileImage name={member.name} path={member.profilePath} />
      <div>
        <PersonLinks id={member.id} name={member.name} />
        <ul>
          {member.roles.map((role, j) => (
            <li key={j}>{describeRole(role)}</li>
          ))}
        </ul>
        {member.roles.length > 1 && (
          <div className="total">
            {describeEpisodeTotal(member.totalEpisodeCount)}
          </div>
        )}
      </div>
    </li>
  );
}

/** The cast in billing order; past the first few, in compact rows. */
export function CastList({ cast }: { cast: CastMember[] }) {
  const first = cast.slice(0, collapseAfter.cast);
  const rest = cast.slice(collapseAfter.cast);

  return (
    <>
      <ol className="people" aria-label="Cast">
        {first.map((member, i) => (
          <CastCard key={i} member={member} />
        ))}
      </ol>
      {rest.length > 0 && (
        <MorePeople total={cast.length}>
          <ol className="people-compact" start={first.length + 1}>
            {rest.map((member, i) => (
              <CompactEntry
                key={i}
                href={personPath(member.id)}
                name={member.name}
                line={joinLines(member.roles.map(describeRole))}
              />
            ))}
          </ol>
        </MorePeople>
      )}
    </>
  );
}
