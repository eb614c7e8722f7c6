import { ProfileImage } from "@/app/components/profile-image";
import type { CastMember } from "@/lib/credits/view";
import { PersonLinks } from "./person-links";

const episodes = (n: number) => `${n} episode${n === 1 ? "" : "s"}`;

const describeRole = (role: { character: string; episodeCount: number }) =>
  `${role.character || "Uncredited role"} · ${episodes(role.episodeCount)}`;

export function CastList({ cast }: { cast: CastMember[] }) {
  return (
    <ol className="people" aria-label="Cast">
      {cast.map((member, i) => (
        <li key={`${member.id}-${i}`} className="person">
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
                {episodes(member.totalEpisodeCount)} in all
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
