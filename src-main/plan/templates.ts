/**
 * Starting points per industry: an aspiration and the measurable, dated goals that lead to it,
 * worked out backwards. Dates are offsets from the day the template is used, so a plan started today
 * is dated from today. Everything a template creates is ordinary data the person can edit. Pure.
 */
import type { Goal, GoalAnswerKey } from '../contract/plan';
import type { RichTextNode } from '../contract/schemas';
import { addMonths } from '../shared/calendar';
import { docFromParagraphs } from '../shared/rich-text';

interface StepTemplate {
  text: string;
  /** Months from the day the template is used. */
  dueInMonths: number;
}

/** A goal as a template gives it: every SMART answer written out, the dates as offsets. */
type TemplateAnswers = Pick<Goal, 'title' | 'metricUnit' | GoalAnswerKey> & {
  metricTarget: number;
};

interface GoalTemplate extends TemplateAnswers {
  startInMonths: number;
  dueInMonths: number;
  steps: StepTemplate[];
}

export interface PlanTemplate {
  id: string;
  industry: string;
  aspirationTitle: string;
  statement: string[];
  horizonInMonths: number;
  goals: GoalTemplate[];
}

export const TEMPLATES: readonly PlanTemplate[] = [
  {
    id: 'sales',
    industry: 'Sales',
    aspirationTitle: 'Lead sales enablement as a Sales Project Manager',
    statement: [
      'I want to run the projects that help a whole sales team sell better: onboarding, playbooks, tools and training.',
      'I have seen how much a good process lifts people who are already talented, and I want to be the one who builds it.',
    ],
    horizonInMonths: 36,
    goals: [
      {
        title: 'Join a sales team as a sales assistant',
        specificWhat:
          'Land a sales assistant role and learn the daily routine of a sales team: pipeline updates, proposals and keeping the CRM clean.',
        specificWhy:
          'I learn fastest by doing, and I want to understand the work from the inside before I try to improve it.',
        metricName: 'applications sent',
        metricUnit: 'applications',
        metricTarget: 20,
        obstacles: 'Little formal sales experience, and few contacts in the industry yet.',
        actionPlan:
          'Lead with my organising skills, ask two former colleagues for referrals, and tailor each application to the product the team sells.',
        realisticWhy:
          'Entry-level sales roles open often, and four months leaves room for several rounds of interviews.',
        letGo: 'Holding out for a senior title straight away.',
        startInMonths: 0,
        dueInMonths: 4,
        steps: [
          { text: 'Rewrite my CV around coordination and follow-up work', dueInMonths: 1 },
          { text: 'Ask two former colleagues for referrals', dueInMonths: 1 },
          { text: 'Send the first five tailored applications', dueInMonths: 2 },
        ],
      },
      {
        title: 'Own the team’s weekly pipeline report',
        specificWhat:
          'Take over the weekly pipeline report and turn it into something the team actually uses in its Monday meeting.',
        specificWhy:
          'Reporting shows me where deals stall, which is exactly what enablement has to fix.',
        metricName: 'weekly reports delivered',
        metricUnit: 'reports',
        metricTarget: 24,
        obstacles: 'Messy CRM data, and a manager who already has a report she trusts.',
        actionPlan:
          'Clean the data one stage at a time, and show the new report next to the old one until it earns its place.',
        realisticWhy: 'Twenty-four weeks of reports fit inside the first half-year in the role.',
        letGo: 'Building a perfect dashboard before anyone has asked for it.',
        startInMonths: 4,
        dueInMonths: 10,
        steps: [
          { text: 'List the fields that are missing most often in the CRM', dueInMonths: 5 },
          { text: 'Agree the report’s three key numbers with my manager', dueInMonths: 5 },
        ],
      },
      {
        title: 'Earn a sales operations certificate',
        specificWhat:
          'Complete a recognised sales operations course, covering forecasting, territory design and tooling.',
        specificWhy:
          'It gives me the vocabulary and the frameworks to argue for process changes with confidence.',
        metricName: 'course modules completed',
        metricUnit: 'modules',
        metricTarget: 10,
        obstacles: 'Evenings are already short, and the course costs money.',
        actionPlan:
          'Ask for a training budget, block two evenings a week, and study one module at a time.',
        realisticWhy: 'Ten modules over eight months is a little over one a month.',
        letGo: 'One weekly social commitment until the course is done.',
        startInMonths: 6,
        dueInMonths: 14,
        steps: [
          { text: 'Compare three certificate programmes', dueInMonths: 6 },
          { text: 'Ask my manager about the training budget', dueInMonths: 7 },
        ],
      },
      {
        title: 'Run a sales enablement pilot with one team',
        specificWhat:
          'Design a short onboarding playbook and run it with the next group of new sales reps.',
        specificWhy:
          'A pilot proves I can lead an enablement project, not just describe one, and it helps people I work with.',
        metricName: 'reps onboarded with the playbook',
        metricUnit: 'reps',
        metricTarget: 8,
        obstacles: 'Hiring may be slow, and busy reps may skip sessions.',
        actionPlan:
          'Keep sessions short and practical, record them, and include reps who joined recently too.',
        realisticWhy: 'The team hires every quarter, so eight reps in ten months is within reach.',
        letGo: 'Trying to fix every part of the sales process at once.',
        startInMonths: 14,
        dueInMonths: 24,
        steps: [
          { text: 'Interview three recent hires about their first month', dueInMonths: 15 },
          { text: 'Draft the onboarding playbook', dueInMonths: 17 },
          { text: 'Run the first session and collect feedback', dueInMonths: 19 },
        ],
      },
      {
        title: 'Step into a Sales Project Manager role',
        specificWhat:
          'Apply for, and win, a Sales Project Manager role leading enablement projects across teams.',
        specificWhy: 'This is the role where I can shape how a whole sales organisation works.',
        metricName: 'enablement projects delivered',
        metricUnit: 'projects',
        metricTarget: 3,
        obstacles: 'Few openings, and candidates from outside with longer CVs.',
        actionPlan:
          'Document the results of every project, and ask the sales director for a development conversation early.',
        realisticWhy:
          'By then I will have led a pilot and own reporting, which is the experience the role asks for.',
        letGo: 'Waiting until I feel completely ready before applying.',
        startInMonths: 24,
        dueInMonths: 36,
        steps: [
          { text: 'Write up the pilot’s results in one page', dueInMonths: 25 },
          { text: 'Book a development conversation with the sales director', dueInMonths: 26 },
        ],
      },
    ],
  },
  {
    id: 'legal',
    industry: 'Legal',
    aspirationTitle: 'Assess civil cases in Litigation Management',
    statement: [
      'I want to review and weigh civil disputes for my company, and help it decide when to settle and when to stand firm.',
      'I am careful with detail and calm under pressure, and I want those strengths to protect the people I work for.',
    ],
    horizonInMonths: 48,
    goals: [
      {
        title: 'Support Litigation Management as a legal administrator',
        specificWhat:
          'Work in legal administrative support for the litigation team, keeping case files complete and easy to find.',
        specificWhy:
          'Handling the files is the closest way to learn how real cases are built and decided.',
        metricName: 'case files organised',
        metricUnit: 'files',
        metricTarget: 200,
        obstacles: 'A backlog of badly named files, and deadlines that interrupt the clean-up.',
        actionPlan: 'Agree a naming rule with the team, then fix the oldest files ten a day.',
        realisticWhy: 'Ten files a day clears two hundred in about a month of working days.',
        letGo: 'Reorganising everything at once over a weekend.',
        startInMonths: 0,
        dueInMonths: 6,
        steps: [
          { text: 'Agree a file naming rule with the team', dueInMonths: 1 },
          { text: 'Clear the oldest fifty files', dueInMonths: 3 },
        ],
      },
      {
        title: 'Master the document management system',
        specificWhat:
          'Become the person the team asks about the document management system: search, versions, permissions.',
        specificWhy:
          'Being the expert makes me useful to every lawyer on the team and gets me in the room.',
        metricName: 'training modules completed',
        metricUnit: 'modules',
        metricTarget: 8,
        obstacles: 'The vendor’s training is long and dry.',
        actionPlan: 'Do one module a fortnight and try each feature on a real case the same week.',
        realisticWhy: 'Eight modules in four months is one every two weeks.',
        letGo: 'Learning the features nobody on the team uses.',
        startInMonths: 1,
        dueInMonths: 5,
        steps: [{ text: 'Book the first two training modules', dueInMonths: 2 }],
      },
      {
        title: 'Finish a certificate in civil litigation',
        specificWhat:
          'Complete a part-time certificate covering civil procedure, evidence and settlement.',
        specificWhy: 'Assessing cases needs the law behind them, not just the paperwork.',
        metricName: 'course credits earned',
        metricUnit: 'credits',
        metricTarget: 30,
        obstacles: 'Exams fall in the team’s busiest months.',
        actionPlan: 'Tell my manager the exam dates early and study in the mornings before work.',
        realisticWhy: 'Thirty credits over a year is the normal part-time pace.',
        letGo: 'Taking on extra projects at work while the course runs.',
        startInMonths: 6,
        dueInMonths: 18,
        steps: [
          { text: 'Enrol in the certificate programme', dueInMonths: 6 },
          { text: 'Share the exam dates with my manager', dueInMonths: 7 },
        ],
      },
      {
        title: 'Draft case assessments under supervision',
        specificWhat:
          'Write the first assessment of incoming civil cases, reviewed by a senior counsel before it is used.',
        specificWhy: 'Practice with feedback is how I will learn to judge a case well.',
        metricName: 'assessments reviewed by senior counsel',
        metricUnit: 'assessments',
        metricTarget: 15,
        obstacles: 'Senior counsel have little time to review a junior’s drafts.',
        actionPlan:
          'Use a one-page format so a review takes ten minutes, and ask for one note each time.',
        realisticWhy:
          'The team receives several new cases a month; fifteen over eighteen months is modest.',
        letGo: 'Needing every draft to be perfect before I show it.',
        startInMonths: 12,
        dueInMonths: 30,
        steps: [
          { text: 'Agree a one-page assessment format with a senior counsel', dueInMonths: 13 },
          { text: 'Submit the first supervised assessment', dueInMonths: 14 },
        ],
      },
      {
        title: 'Take on a case assessor role',
        specificWhat:
          'Move into a role in Litigation Management that assesses civil cases independently.',
        specificWhy:
          'It is the work I set out to do: weighing cases to protect the company’s interests.',
        metricName: 'cases assessed independently',
        metricUnit: 'cases',
        metricTarget: 5,
        obstacles: 'The role may need more experience than I have by then.',
        actionPlan: 'Keep a record of my reviewed assessments and the outcomes of those cases.',
        realisticWhy:
          'With a certificate and fifteen reviewed assessments, the step is a natural one.',
        letGo: 'Comparing my path with colleagues who went to law school first.',
        startInMonths: 30,
        dueInMonths: 48,
        steps: [{ text: 'Collect the outcomes of my reviewed assessments', dueInMonths: 31 }],
      },
    ],
  },
  {
    id: 'finance',
    industry: 'Finance',
    aspirationTitle: 'Become a Finance Director',
    statement: [
      'I want to be close to the daily accounting work and use it to steer where the company goes.',
      'Numbers tell me the story of a business, and I want to be the person who explains that story to its leaders.',
    ],
    horizonInMonths: 60,
    goals: [
      {
        title: 'Complete an MBA',
        specificWhat:
          'Finish a part-time master’s degree in business administration with a finance focus.',
        specificWhy: 'A director needs to see the whole business, not only the ledgers.',
        metricName: 'MBA credits completed',
        metricUnit: 'credits',
        metricTarget: 60,
        obstacles: 'Tuition fees, and two years of evenings and weekends.',
        actionPlan: 'Ask about employer sponsorship and plan study time with my family each term.',
        realisticWhy:
          'The part-time programme is designed to be finished in two years alongside work.',
        letGo: 'Most weekend trips until the degree is done.',
        startInMonths: 0,
        dueInMonths: 24,
        steps: [
          { text: 'Shortlist three part-time MBA programmes', dueInMonths: 1 },
          { text: 'Ask HR about tuition sponsorship', dueInMonths: 1 },
          { text: 'Submit my application', dueInMonths: 3 },
        ],
      },
      {
        title: 'Work as a financial analyst',
        specificWhat:
          'Move into an analyst role that builds the monthly forecast and explains the variances.',
        specificWhy:
          'Forecasting is where accounting meets decisions, which is the part I enjoy most.',
        metricName: 'monthly forecasts delivered',
        metricUnit: 'forecasts',
        metricTarget: 12,
        obstacles: 'Analyst roles ask for modelling skills I am still building.',
        actionPlan: 'Rebuild last year’s forecast on my own as practice and show it in interviews.',
        realisticWhy:
          'A year of monthly forecasts fits between starting the role and finishing the MBA.',
        letGo: 'Keeping every task from my current role.',
        startInMonths: 3,
        dueInMonths: 18,
        steps: [
          { text: 'Rebuild last year’s forecast as practice', dueInMonths: 4 },
          { text: 'Apply for two analyst openings', dueInMonths: 6 },
        ],
      },
      {
        title: 'Meet a CFO mentor regularly',
        specificWhat: 'Find a chief financial officer willing to meet me once a month.',
        specificWhy:
          'Hearing how a CFO weighs decisions will speed up my judgement more than any course.',
        metricName: 'mentoring sessions held',
        metricUnit: 'sessions',
        metricTarget: 12,
        obstacles: 'I do not know a CFO personally yet, and asking feels awkward.',
        actionPlan:
          'Ask my MBA lecturers and the alumni network for an introduction, with a clear, small ask.',
        realisticWhy: 'One hour a month is a small request, and twelve sessions span two years.',
        letGo: 'Waiting for a mentor to find me.',
        startInMonths: 6,
        dueInMonths: 30,
        steps: [{ text: 'Ask two lecturers for an introduction to a CFO', dueInMonths: 7 }],
      },
      {
        title: 'Lead a department’s annual budget',
        specificWhat:
          'Own the budget cycle for one department, from first draft to the board pack.',
        specificWhy:
          'Leading a budget shows I can turn numbers into decisions other people sign up to.',
        metricName: 'department budgets led',
        metricUnit: 'budgets',
        metricTarget: 2,
        obstacles: 'Department heads who see finance as the people who say no.',
        actionPlan: 'Meet each department head early and build the draft with them, not for them.',
        realisticWhy:
          'Two budget cycles take two years, after the analyst role has taught me the numbers.',
        letGo: 'Owning every detail of the model myself.',
        startInMonths: 18,
        dueInMonths: 42,
        steps: [{ text: 'Ask to shadow this year’s budget review', dueInMonths: 19 }],
      },
      {
        title: 'Become a finance manager',
        specificWhat:
          'Take a finance manager role leading a small team of accountants and analysts.',
        specificWhy: 'Managing a team is the last step before directing a whole finance function.',
        metricName: 'people I manage',
        metricUnit: 'people',
        metricTarget: 3,
        obstacles: 'I have not yet managed people.',
        actionPlan: 'Mentor a junior analyst first and take a short course on leading teams.',
        realisticWhy: 'With an MBA, a year of forecasts and two budgets, the step is within reach.',
        letGo: 'Doing the detailed work myself instead of teaching it.',
        startInMonths: 36,
        dueInMonths: 54,
        steps: [{ text: 'Offer to mentor a junior analyst', dueInMonths: 37 }],
      },
    ],
  },
  {
    id: 'marketing',
    industry: 'Marketing',
    aspirationTitle: 'Become Vice President of Marketing',
    statement: [
      'I want to set the marketing direction of a company and try ideas nobody in our market has tried.',
      'I bring a designer’s eye and a real curiosity about what customers feel, and I want both to shape the strategy.',
    ],
    horizonInMonths: 60,
    goals: [
      {
        title: 'Excel in the design and creative team',
        specificWhat:
          'Lead the design of campaigns in the creative team and be known for work that performs.',
        specificWhy: 'Great creative work is my way in, and it is what I enjoy most.',
        metricName: 'campaigns I led the design for',
        metricUnit: 'campaigns',
        metricTarget: 6,
        obstacles: 'Senior designers get the biggest briefs.',
        actionPlan:
          'Volunteer for smaller briefs, deliver them early, and share the results with the team.',
        realisticWhy:
          'The team runs a campaign most months; leading six in a year is ambitious but fair.',
        letGo: 'Polishing side projects nobody asked for.',
        startInMonths: 0,
        dueInMonths: 12,
        steps: [
          { text: 'Ask my lead for the next small brief', dueInMonths: 1 },
          { text: 'Share the first campaign’s results with the team', dueInMonths: 3 },
        ],
      },
      {
        title: 'Build a portfolio that proves results',
        specificWhat:
          'Write case studies for my best work, each with the problem, the idea and the measured outcome.',
        specificWhy: 'A portfolio of results speaks to the marketing leaders I want to work with.',
        metricName: 'case studies with measured results',
        metricUnit: 'case studies',
        metricTarget: 8,
        obstacles: 'Results data is owned by other teams and hard to get.',
        actionPlan:
          'Agree the success measures before each campaign starts, so the numbers come to me.',
        realisticWhy: 'Eight case studies in eighteen months is one every two months.',
        letGo: 'Including work that looks good but did not perform.',
        startInMonths: 3,
        dueInMonths: 18,
        steps: [{ text: 'Write the first case study', dueInMonths: 4 }],
      },
      {
        title: 'Learn marketing analytics',
        specificWhat:
          'Learn to read attribution, funnels and experiments well enough to run them myself.',
        specificWhy: 'A vice president has to defend the budget with numbers as well as ideas.',
        metricName: 'hours of analytics study',
        metricUnit: 'hours',
        metricTarget: 40,
        obstacles: 'Statistics has never come easily to me.',
        actionPlan: 'Pair up with an analyst colleague and practise on our own campaign data.',
        realisticWhy: 'Forty hours over nine months is about an hour a week.',
        letGo: 'An hour of evening scrolling each week.',
        startInMonths: 6,
        dueInMonths: 15,
        steps: [{ text: 'Ask an analyst colleague to study together', dueInMonths: 6 }],
      },
      {
        title: 'Lead a cross-channel campaign end to end',
        specificWhat:
          'Own a campaign across channels, from the brief and budget to the final report.',
        specificWhy: 'It is the first real taste of the strategic role I want.',
        metricName: 'qualified leads from the campaign',
        metricUnit: 'leads',
        metricTarget: 500,
        obstacles: 'I have never managed a budget or other teams’ deadlines.',
        actionPlan:
          'Start with a modest budget, agree weekly check-ins, and ask a senior manager to coach me.',
        realisticWhy: 'A year is enough to plan, run and measure one campaign properly.',
        letGo: 'Designing every asset myself.',
        startInMonths: 18,
        dueInMonths: 30,
        steps: [
          { text: 'Pitch the campaign idea to the marketing head', dueInMonths: 19 },
          { text: 'Agree the budget and the success measures', dueInMonths: 20 },
        ],
      },
      {
        title: 'Manage a marketing team',
        specificWhat: 'Take a marketing manager role with a small team of designers and marketers.',
        specificWhy:
          'Leading people is the step between running campaigns and setting the direction.',
        metricName: 'people I manage',
        metricUnit: 'people',
        metricTarget: 4,
        obstacles: 'Few manager roles open in my company.',
        actionPlan: 'Tell my manager about the goal early, and look outside the company as well.',
        realisticWhy: 'By then I will have a results portfolio and a campaign I led end to end.',
        letGo: 'Staying in my comfort zone as the team’s best designer.',
        startInMonths: 30,
        dueInMonths: 48,
        steps: [{ text: 'Talk to my manager about a path to management', dueInMonths: 31 }],
      },
    ],
  },
  {
    id: 'advertising',
    industry: 'Advertising',
    aspirationTitle: 'Become an award-winning creative director',
    statement: [
      'I want to lead the ideas of a creative agency and see our work recognised by the industry.',
      'I love turning a dull brief into something surprising, and I want to grow the people who make that work with me.',
    ],
    horizonInMonths: 60,
    goals: [
      {
        title: 'Get promoted to associate art director',
        specificWhat: 'Earn the associate art director title at my agency.',
        specificWhy:
          'It puts me in charge of the look of campaigns, which is where I do my best work.',
        metricName: 'campaigns shipped as lead designer',
        metricUnit: 'campaigns',
        metricTarget: 10,
        obstacles: 'Promotions depend on the accounts I am put on, which I do not choose.',
        actionPlan:
          'Ask for one stretch account a year and keep a record of what I shipped and how it did.',
        realisticWhy: 'Ten campaigns in two years matches the agency’s pace for a strong designer.',
        letGo: 'Saying yes to every small production job.',
        startInMonths: 0,
        dueInMonths: 24,
        steps: [
          { text: 'Ask my creative director what the promotion needs', dueInMonths: 1 },
          { text: 'Start a record of every campaign I ship', dueInMonths: 1 },
        ],
      },
      {
        title: 'Find a mentor among leading creatives',
        specificWhat:
          'Build a mentoring relationship with a well-known creative director, or start a master’s degree.',
        specificWhy:
          'Learning from someone who has done it is the fastest way to grow my judgement.',
        metricName: 'mentoring conversations',
        metricUnit: 'conversations',
        metricTarget: 10,
        obstacles: 'Well-known creatives are busy and get many requests.',
        actionPlan:
          'Ask for one short conversation about a specific piece of their work, not for mentorship.',
        realisticWhy: 'Ten conversations over a year is less than one a month.',
        letGo: 'Waiting to feel accomplished enough to ask.',
        startInMonths: 0,
        dueInMonths: 12,
        steps: [{ text: 'Write to three creatives whose work I admire', dueInMonths: 1 }],
      },
      {
        title: 'Join an industry association and grow my network',
        specificWhat: 'Join at least one advertising association and take part in its events.',
        specificWhy: 'Juries, clients and future colleagues all meet there.',
        metricName: 'industry events attended',
        metricUnit: 'events',
        metricTarget: 12,
        obstacles: 'Membership fees, and evening events after long days.',
        actionPlan: 'Ask the agency to cover the fee and pick the events most relevant to my work.',
        realisticWhy:
          'One event a month for a year and a half leaves room to skip the busiest months.',
        letGo: 'Events that are only parties.',
        startInMonths: 1,
        dueInMonths: 18,
        steps: [{ text: 'Choose an association and apply to join', dueInMonths: 2 }],
      },
      {
        title: 'Win 50 pitches',
        specificWhat: 'Take part in new business pitches and win fifty of them with the team.',
        specificWhy: 'Winning pitches proves the ideas work for clients, not just for me.',
        metricName: 'pitches won',
        metricUnit: 'pitches',
        metricTarget: 50,
        obstacles: 'Pitches are few and the agency decides who joins them.',
        actionPlan:
          'Offer help on every pitch, even in a small role, and learn from the ones we lose.',
        realisticWhy: 'Over four years, fifty wins means about one a month for a busy agency.',
        letGo: 'Taking a lost pitch personally.',
        startInMonths: 0,
        dueInMonths: 48,
        steps: [{ text: 'Tell the new business team I want to join pitches', dueInMonths: 1 }],
      },
      {
        title: 'Win an international award',
        specificWhat:
          'Submit our best work to international competitions and win at least one award.',
        specificWhy:
          'An award is the industry’s own recognition of the work I want to be known for.',
        metricName: 'award entries submitted',
        metricUnit: 'entries',
        metricTarget: 5,
        obstacles: 'Entry fees are high and deadlines clash with client work.',
        actionPlan:
          'Plan entries at the start of the year and ask the agency to fund the strongest two.',
        realisticWhy:
          'Within a year of entering, five submissions give a fair chance at one award.',
        letGo: 'Entering work I do not fully believe in.',
        startInMonths: 24,
        dueInMonths: 36,
        steps: [
          { text: 'List the competitions and their deadlines', dueInMonths: 24 },
          { text: 'Choose the two strongest pieces to enter', dueInMonths: 26 },
        ],
      },
    ],
  },
];

export interface InstantiatedGoal extends TemplateAnswers {
  metricCurrent: number;
  startDate: string;
  dueDate: string;
  steps: { text: string; dueDate: string }[];
}

export interface InstantiatedTemplate {
  aspiration: { title: string; statement: RichTextNode; horizonDate: string };
  goals: InstantiatedGoal[];
}

export function findTemplate(id: string): PlanTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}

/** The template as concrete records, dated from `today`. */
export function instantiateTemplate(template: PlanTemplate, today: string): InstantiatedTemplate {
  return {
    aspiration: {
      title: template.aspirationTitle,
      statement: docFromParagraphs(template.statement),
      horizonDate: addMonths(today, template.horizonInMonths),
    },
    goals: template.goals.map(({ startInMonths, dueInMonths, steps, ...answers }) => ({
      ...answers,
      metricCurrent: 0,
      startDate: addMonths(today, startInMonths),
      dueDate: addMonths(today, dueInMonths),
      steps: steps.map((step) => ({
        text: step.text,
        dueDate: addMonths(today, step.dueInMonths),
      })),
    })),
  };
}
