// Word lists for generated seasons. Names are Korean, romanized as TMDB
// lists them, with the Hangul that TMDB keeps as original_name.

/** [romanized, Hangul] */
export type NamePart = readonly [string, string];

export const surnames: readonly NamePart[] = [
  ["Kim", "김"],
  ["Lee", "이"],
  ["Park", "박"],
  ["Choi", "최"],
  ["Jung", "정"],
  ["Kang", "강"],
  ["Cho", "조"],
  ["Yoon", "윤"],
  ["Jang", "장"],
  ["Lim", "임"],
  ["Han", "한"],
  ["Oh", "오"],
  ["Seo", "서"],
  ["Shin", "신"],
  ["Kwon", "권"],
  ["Hwang", "황"],
  ["Ahn", "안"],
  ["Song", "송"],
  ["Yoo", "유"],
  ["Hong", "홍"],
];

export const givenSyllables: readonly NamePart[] = [
  ["ji", "지"],
  ["min", "민"],
  ["seo", "서"],
  ["hyun", "현"],
  ["jun", "준"],
  ["woo", "우"],
  ["young", "영"],
  ["soo", "수"],
  ["jin", "진"],
  ["ha", "하"],
  ["eun", "은"],
  ["jae", "재"],
  ["sung", "성"],
  ["hoon", "훈"],
  ["na", "나"],
  ["yeon", "연"],
  ["ho", "호"],
  ["kyung", "경"],
  ["dong", "동"],
  ["hee", "희"],
];

export const minorCharacters = [
  "Guard",
  "Masked Man",
  "Recruiter",
  "VIP",
  "Detective",
  "Salesman",
  "Doctor",
  "Announcer",
];

/** TMDB's crew departments, each with jobs TMDB files under it. */
export const departments: ReadonlyArray<{
  name: string;
  // Share of a large season's crew, from TMDB's bigger productions.
  weight: number;
  jobs: readonly string[];
}> = [
  {
    name: "Art",
    weight: 12,
    jobs: [
      "Production Design",
      "Art Direction",
      "Set Decoration",
      "Set Dresser",
      "Props",
      "Property Master",
      "Concept Artist",
      "Construction Coordinator",
    ],
  },
  {
    name: "Camera",
    weight: 10,
    jobs: [
      "Director of Photography",
      "Camera Operator",
      "First Assistant Camera",
      "Key Grip",
      "Steadicam Operator",
      "Still Photographer",
    ],
  },
  {
    name: "Costume & Make-Up",
    weight: 10,
    jobs: [
      "Costume Design",
      "Makeup & Hair",
      "Makeup Artist",
      "Hairstylist",
      "Special Effects Makeup Artist",
      "Costume Supervisor",
    ],
  },
  {
    name: "Crew",
    weight: 14,
    jobs: [
      "Stunts",
      "Stunt Coordinator",
      "Martial Arts Choreographer",
      "Driver",
      "Set Medic",
      "Translator",
    ],
  },
  {
    name: "Directing",
    weight: 5,
    jobs: [
      "Director",
      "Assistant Director",
      "First Assistant Director",
      "Script Supervisor",
    ],
  },
  {
    name: "Editing",
    weight: 4,
    jobs: ["Editor", "Assistant Editor", "Colorist", "Digital Intermediate"],
  },
  {
    name: "Lighting",
    weight: 8,
    jobs: ["Gaffer", "Lighting Director", "Best Boy Electric", "Electrician"],
  },
  {
    name: "Production",
    weight: 9,
    jobs: [
      "Producer",
      "Executive Producer",
      "Line Producer",
      "Casting",
      "Production Manager",
      "Location Manager",
    ],
  },
  {
    name: "Sound",
    weight: 8,
    jobs: [
      "Original Music Composer",
      "Sound Supervisor",
      "Production Sound Mixer",
      "Sound Designer",
      "Foley Artist",
      "Boom Operator",
    ],
  },
  {
    name: "Visual Effects",
    weight: 16,
    jobs: [
      "VFX Supervisor",
      "Special Effects Supervisor",
      "Visual Effects Producer",
      "VFX Artist",
      "Compositor",
      "Matte Painter",
    ],
  },
  {
    name: "Writing",
    weight: 4,
    jobs: ["Writer", "Screenplay", "Story", "Staff Writer"],
  },
];
