import { ProfileImage } from "@/app/components/profile-image";
import type { CrewMember, Department } from "@/lib/credits/view";
import { personPath } from "@/lib/urls";
import { describeJob, joinLines } from "./credit-lines";
import { collapseAfter, CompactEntry, MorePeople } from "./more-people";
import { PersonLinks } from "./person-links";

/** The fragment a department's heading answers to, such as `crew-art`. */
export const departmentAnchor = (name: string) =>
  `crew-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

function CrewCard({ member }: { member: CrewMember }) {
  return (
    <li className="person">
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
  );
}

/** Links to each department's heading, with its number of entries. */
function DepartmentIndex({ departments }: { departments: Department[] }) {
  return (
    <nav className="department-index" aria-label="Departments">
      <ul>
        {departments.map((department) => (
          <li key={department.name}>
            <a href={`#${departmentAnchor(department.name)}`}>
              {department.name}
            </a>{" "}
            <span className="count">{department.members.length}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function DepartmentSection({ department }: { department: Department }) {
  const anchor = departmentAnchor(department.name);
  const first = department.members.slice(0, collapseAfter.department);
  const rest = department.members.slice(collapseAfter.department);

  return (
    <section className="department" aria-labelledby={anchor}>
      <h3 id={anchor}>
        {department.name}{" "}
        <span className="meta">({department.members.length})</span>
      </h3>
      <ul className="people">
        {first.map((member, i) => (
          <CrewCard key={i} member={member} />
        ))}
      </ul>
      {rest.length > 0 && (
        <MorePeople total={department.members.length}>
          <ul className="people-compact">
            {rest.map((member, i) => (
              <CompactEntry
                key={i}
                href={personPath(member.id)}
                name={member.name}
                line={joinLines(member.jobs.map(describeJob))}
              />
            ))}
          </ul>
        </MorePeople>
      )}
    </section>
  );
}

/**
 * The crew by department, after an index of the departments. A large
 * department shows its first entries and keeps the rest one click away.
 */
export function CrewList({ departments }: { departments: Department[] }) {
  return (
    <>
      {departments.length > 1 && <DepartmentIndex departments={departments} />}
      {departments.map((department) => (
        <DepartmentSection key={department.name} department={department} />
      ))}
    </>
  );
}
