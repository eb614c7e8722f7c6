import { ProfileImage } from "@/app/components/profile-image";
import type { CastMember } from "@/lib/credits/view";

const episodes = (n: number) => `${n} episode${n === 1 ? "" : "s"}`;

export function CastList({ cast }: { cast: CastMember[] }) {
  return (
    <ol className="people" aria-label="Cast">
      {cast.map((member, i) => (
        <li key={`${member.id}-${i}`} className="person">
          <ProfileImage name={member.name} path={member.profilePath} />
          <div>
            <div className="name">{member.name}</div>
            <ul>
              {member.roles.map((role, j) => (
                <li key={j}>
                  {role.character || "Uncredited role"}
                  {" · "}
                  {episodes(role.episodeCount)}
                </li>
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
