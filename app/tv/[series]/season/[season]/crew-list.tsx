import { ProfileImage } from "@/app/components/profile-image";
import type { Department } from "@/lib/credits/view";
import { PersonLinks } from "./person-links";

const episodes = (n: number) => `${n} episode${n === 1 ? "" : "s"}`;

// One text node per line keeps the markup of large crews small.
const describeJob = (job: { job: string; episodeCount: number }) =>
  `${job.job || "Crew"} · ${episodes(job.episodeCount)}`;

const anchor = (name: string) =>
  `crew-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

export function CrewList({ departments }: { departments: Department[] }) {
  return departments.map((department) => (
    <section
      key={department.name}
      className="department"
      aria-labelledby={anchor(department.name)}
    >
      <h3 id={anchor(department.name)}>
        {department.name}{" "}
        <span className="meta">({department.members.length})</span>
      </h3>
      <ul className="people">
        {department.members.map((member, i) => (
          <li key={`${member.id}-${i}`} className="person">
            <ProfileImage name={member.name} path={member.profilePath} />
            <div>
              <PersonLinks id={member.id} name={member.name} />
              <ul>
                {member.jobs.map((job, j) => (
                  <li key={j}>{describeJob(job)}</li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ul>
    </section>
  ));
}
