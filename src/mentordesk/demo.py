"""A realistic sample network, so a new user sees a living app before entering their own.

The story: you are a marketing coordinator at Harbor Logistics, passed over for promotion twice,
weighing a push for promotion, a switch into UX research, or a master's in human-computer interaction.
"""

from __future__ import annotations

import datetime as dt
import random

from mentordesk.services import advice as advice_svc
from mentordesk.services import asks as asks_svc
from mentordesk.services import meetings as meetings_svc
from mentordesk.services import organizations as orgs_svc
from mentordesk.services import people as people_svc
from mentordesk.services.core import transactional

ORGANIZATIONS = [
    ("Harbor Logistics", "Logistics", "https://harbor-logistics.example"),
    ("Brightline Health", "Healthcare technology", "https://brightline.example"),
    ("Pixelforge Studio", "UX design", "https://pixelforge.example"),
    ("Lakeside University", "Higher education", "https://lakeside.example.edu"),
    ("Northwind Retail", "Retail", "https://northwind.example"),
    ("Cobalt Analytics", "Data analytics", "https://cobalt.example"),
    ("Greenway Bank", "Finance", "https://greenway.example"),
    ("Orbit Software", "Software", "https://orbit.example"),
    ("TalentBridge Recruiting", "Recruiting", "https://talentbridge.example"),
    ("City Career Center", "Career services", "https://careers.example.org"),
    ("Meridian Media", "Media", "https://meridian.example"),
    ("Fernhill Design Co.", "UX design", "https://fernhill.example"),
]

# name, org, title, roles, trust, knows situation, met how, met where, tags, notes, introduced-by name
PEOPLE = [
    ("Maya Chen", "Brightline Health", "Director of Product", ["mentor"], 5, True, "Former team lead", "Harbor Logistics", ["core"], "Has been my mentor since my first job. Blunt and generous.", None),
    ("Daniel Okafor", "City Career Center", "Career Coach", ["coach"], 4, True, "Booked coaching sessions", "City Career Center", ["coaching"], "Six-session coaching package, ends in spring.", None),
    ("Priya Raman", "Pixelforge Studio", "Senior UX Researcher", ["insider", "friend"], 4, True, "University friend", "Lakeside University", ["ux"], "Moved from marketing to UX research three years ago.", None),
    ("Tom Becker", "Harbor Logistics", "Marketing Manager", ["colleague"], 3, True, "My current manager", "Harbor Logistics", ["work"], "Current manager. Supportive but wants me to stay on the campaign team.", None),
    ("Elena Rossi", "Lakeside University", "Professor of Human-Computer Interaction", ["professor"], 4, False, "Guest lecture", "Lakeside University", ["school"], "Runs the part-time HCI master's program.", "Priya Raman"),
    ("Marcus Johnson", "TalentBridge Recruiting", "Senior Recruiter", ["recruiter"], 2, True, "Reached out on LinkedIn", "Online", ["recruiting"], "Places marketing and UX people. Always upbeat.", None),
    ("Sofia Alvarez", "Northwind Retail", "Head of Marketing", ["former_manager"], 5, True, "My manager at Northwind", "Northwind Retail", ["core"], "Best manager I have had. Would write a strong letter.", None),
    ("Kenji Watanabe", "Orbit Software", "UX Design Lead", ["insider"], 3, False, "UX meetup", "Design Night downtown", ["ux"], "Hiring junior researchers next quarter.", "Priya Raman"),
    ("Hannah Schmidt", "Cobalt Analytics", "Data Analyst", ["friend"], 4, True, "Neighbor", "Community garden", ["friends"], "Did a data bootcamp two years ago.", None),
    ("Omar Haddad", "Greenway Bank", "Product Owner", ["friend", "colleague"], 3, True, "Worked together at Northwind", "Northwind Retail", ["friends"], "", None),
    ("Grace Liu", "Lakeside University", "Admissions Advisor", ["professor"], 3, False, "Info session", "Lakeside University", ["school"], "Admissions contact for the HCI master's.", "Elena Rossi"),
    ("Rafael Costa", "Pixelforge Studio", "Design Director", ["insider"], 3, False, "Portfolio review event", "Pixelforge open house", ["ux"], "", "Priya Raman"),
    ("Aisha Bello", "Meridian Media", "Content Strategist", ["friend"], 4, True, "College roommate", "Lakeside University", ["friends"], "", None),
    ("Lukas Novak", "Harbor Logistics", "Operations Analyst", ["colleague"], 3, True, "Same floor", "Harbor Logistics", ["work"], "Knows where the reorg rumors come from.", None),
    ("Naomi Fischer", "Brightline Health", "UX Research Manager", ["insider"], 4, False, "Intro from Maya", "Video call", ["ux"], "Manages a team of five researchers.", "Maya Chen"),
    ("Chris Walker", "Orbit Software", "Engineering Manager", ["former_manager"], 4, True, "Manager on a joint project", "Northwind Retail", [], "", None),
    ("Ines Moreau", "Fernhill Design Co.", "Founder", ["mentor"], 4, False, "Conference panel", "UX Summit", ["ux"], "Switched from advertising to design at 35.", "Kenji Watanabe"),
    ("Ben Carter", "Greenway Bank", "Marketing Analyst", ["friend"], 3, True, "Soccer team", "Sunday league", ["friends"], "", None),
    ("Yara Haddad", "City Career Center", "Workshop Facilitator", ["coach"], 3, False, "Resume workshop", "City Career Center", ["coaching"], "", "Daniel Okafor"),
    ("Samuel Adeyemi", "Cobalt Analytics", "Analytics Lead", ["insider"], 3, False, "Intro from Hannah", "Coffee", ["data"], "Could refer me for a marketing analytics role.", "Hannah Schmidt"),
    ("Laura Jensen", "Harbor Logistics", "HR Business Partner", ["colleague"], 3, False, "Onboarding", "Harbor Logistics", ["work"], "", None),
    ("Victor Petrov", "Meridian Media", "Creative Director", ["former_manager"], 3, True, "First internship", "Meridian Media", [], "", None),
    ("Mei Tanaka", "Pixelforge Studio", "UX Researcher", ["colleague", "friend"], 3, True, "Research bootcamp cohort", "Online", ["ux"], "", "Priya Raman"),
    ("Jonas Berg", "Orbit Software", "Technical Recruiter", ["recruiter"], 2, False, "Career fair", "Lakeside University", ["recruiting"], "", None),
    ("Fatima Zahra", "Lakeside University", "Alumni Relations", ["professor", "other"], 3, False, "Alumni mixer", "Lakeside University", ["school"], "", None),
    ("Peter Novak", "Greenway Bank", "VP Marketing", ["mentor"], 4, True, "Industry breakfast", "Chamber of Commerce", [], "Twenty years in marketing leadership.", "Sofia Alvarez"),
    ("Julia Martins", "Brightline Health", "Product Designer", ["friend"], 3, False, "Friend of a friend", "Birthday party", ["ux"], "", "Aisha Bello"),
    ("Ahmed Karim", "Northwind Retail", "Brand Manager", ["colleague"], 3, True, "Worked together at Northwind", "Northwind Retail", [], "", None),
    ("Olivia Brown", "Meridian Media", "Podcast Producer", ["friend"], 3, False, "Volunteering", "Food bank", ["friends"], "", None),
    ("Diego Fernandez", "Cobalt Analytics", "Data Scientist", ["other"], 2, False, "Hackathon", "City Hackathon", ["data"], "", None),
    ("Sara Lindqvist", "Fernhill Design Co.", "Service Designer", ["insider"], 3, False, "Workshop", "UX Summit", ["ux"], "", "Ines Moreau"),
    ("Kwame Mensah", "TalentBridge Recruiting", "Recruiting Partner", ["recruiter"], 3, False, "Referral from Marcus", "Phone", ["recruiting"], "", "Marcus Johnson"),
    ("Anna Kowalski", "Harbor Logistics", "Sales Director", ["colleague"], 3, False, "Cross-team project", "Harbor Logistics", ["work"], "", None),
    ("Rohan Mehta", "Orbit Software", "Product Manager", ["friend"], 4, True, "Old classmate", "Lakeside University", ["friends"], "Went back for an MBA at 31.", None),
    ("Clara Weiss", "Lakeside University", "Career Services Lead", ["coach", "professor"], 3, False, "Alumni career night", "Lakeside University", ["school", "coaching"], "", "Fatima Zahra"),
    ("Ethan Price", "Greenway Bank", "UX Writer", ["friend"], 3, False, "Book club", "Library", ["ux"], "", None),
    ("Lina Sato", "Brightline Health", "HR Recruiter", ["recruiter", "insider"], 3, False, "Intro from Naomi", "Video call", ["recruiting"], "", "Naomi Fischer"),
    ("Gabriel Silva", "Meridian Media", "Marketing Lead", ["colleague"], 3, True, "Conference", "Marketing Week", [], "", None),
    ("Zoe Anderson", None, "Freelance UX Consultant", ["mentor", "insider"], 4, True, "Design mentoring program", "ADPList", ["ux"], "Sensitive: going through a hard time, don't bring up her old job.", "Ines Moreau"),
    ("Henrik Dahl", "Harbor Logistics", "Chief Marketing Officer", ["other"], 2, False, "All-hands", "Harbor Logistics", ["work"], "", None),
]

INTERVALS = {"mentor": 30, "coach": 14, "insider": 45, "friend": 90, "former_manager": 90, "recruiter": 60, "professor": 60}

# (person, path, stance, days ago, advice, acted on, outcome)
ADVICE = [
    ("Maya Chen", "improve", "against", 20, "You've been passed over twice. Stop waiting for Tom to notice; the promotion path at Harbor is blocked by the reorg.", False, ""),
    ("Maya Chen", "switch", "for", 60, "Your campaign testing work is basically UX research already. Build two case studies and apply for research roles.", True, "Drafted the first case study on the onboarding email test."),
    ("Maya Chen", "school", "against", 100, "A full master's is expensive for what you need. Try a short course and real projects first.", False, ""),
    ("Daniel Okafor", "improve", "neutral", 15, "Before deciding, ask Tom for a written development plan with a date. His answer tells you a lot.", True, "Asked Tom; he promised a plan by end of quarter."),
    ("Daniel Okafor", "switch", "for", 45, "Your strengths inventory points to research and synthesis. Do three informational interviews this month.", True, "Did two so far: Priya and Naomi."),
    ("Daniel Okafor", "school", "neutral", 75, "School makes sense only if the target employers require the degree. Check job postings first.", False, ""),
    ("Priya Raman", "switch", "for", 30, "I made the same move. Take a junior researcher title if needed; you will catch up in salary within two years.", False, ""),
    ("Priya Raman", "school", "against", 90, "None of my team has an HCI degree. A portfolio matters more than a diploma.", False, ""),
    ("Tom Becker", "improve", "for", 25, "Stay another year; the new CRM rollout will give you visibility and I will push for the promotion.", False, ""),
    ("Tom Becker", "switch", "against", 25, "UX research is crowded right now. Marketing is where your experience counts.", False, ""),
    ("Elena Rossi", "school", "for", 50, "The part-time program fits working students; most graduates move into research roles within six months.", False, ""),
    ("Marcus Johnson", "switch", "for", 35, "I can place you in a marketing analytics role at a 15% raise quickly; UX roles take longer.", False, ""),
    ("Sofia Alvarez", "improve", "against", 40, "Harbor has never promoted from your team. Your talent is wasted there.", True, "Started updating my resume."),
    ("Sofia Alvarez", "switch", "for", 40, "You were always the one asking customers why. Research suits you. I'll write a letter any time.", False, ""),
    ("Kenji Watanabe", "switch", "for", 70, "Orbit hires researchers from marketing; bring a portfolio with one usability study.", False, ""),
    ("Hannah Schmidt", "school", "against", 55, "I got my analytics job from a 12-week bootcamp, not a degree. Much cheaper.", False, ""),
    ("Hannah Schmidt", "switch", "for", 55, "Switching was the best thing I did. Scary for three months, then fine.", False, ""),
    ("Naomi Fischer", "switch", "for", 18, "We value researchers who understand marketing funnels. Apply when the junior role opens in January.", False, ""),
    ("Naomi Fischer", "school", "neutral", 18, "A degree helps for senior roles but isn't needed to start.", False, ""),
    ("Ines Moreau", "switch", "for", 120, "I switched at 35. Start freelancing on small research projects to prove it to yourself.", True, "Ran a usability test for a local nonprofit."),
    ("Peter Novak", "improve", "for", 80, "Ask for a stretch project leading the customer survey; it builds a research track record without leaving.", True, "Pitched the customer survey project; approved."),
    ("Rohan Mehta", "school", "for", 95, "Going back to school at 31 was worth it for me, but I had savings for a year. Do the math first.", False, ""),
    ("Clara Weiss", "school", "neutral", 65, "Lakeside offers tuition support for part-time students who keep working. Check if Harbor reimburses.", True, "Harbor reimburses up to $5,250 a year."),
    ("Zoe Anderson", "switch", "for", 10, "Research needs people who can explain findings to business people. That is your edge.", False, ""),
    ("Lukas Novak", "improve", "against", 12, "The reorg will cut the campaign team in half by summer. Don't bet on staying.", False, ""),
    ("Omar Haddad", "general", "neutral", 140, "Keep a brag document: every win, every number, every thank-you.", True, "Started a brag doc; 14 entries so far."),
    ("Chris Walker", "switch", "for", 110, "Engineers love researchers who show up with data. Learn basic SQL.", False, ""),
]

# (person, kind, purpose, status, due in days, thanked, direction, notes)
ASKS = [
    ("Maya Chen", "resume_review", "Review my UX research resume", "done", -30, True, "to", "Great notes on quantifying impact."),
    ("Sofia Alvarez", "letter", "Recommendation letter for the HCI master's", "asked", 21, False, "to", ""),
    ("Naomi Fischer", "referral", "Referral for the junior UX researcher role at Brightline", "idea", 45, False, "to", "Wait until the posting is live."),
    ("Priya Raman", "info_interview", "30 minutes on her marketing-to-UX move", "done", -40, False, "to", "Send a thank-you card!"),
    ("Kenji Watanabe", "introduction", "Intro to Orbit's research team", "in_progress", 10, False, "to", ""),
    ("Elena Rossi", "info_interview", "What the part-time program is really like", "asked", 7, False, "to", ""),
    ("Samuel Adeyemi", "referral", "Referral for marketing analytics role", "declined", -10, True, "to", "No openings this year."),
    ("Hannah Schmidt", "resume_review", "She asked me to look at her cover letter", "in_progress", 3, False, "from", ""),
    ("Daniel Okafor", "other", "Mock interview for research roles", "idea", 30, False, "to", ""),
    ("Ines Moreau", "introduction", "Intro to a nonprofit needing a usability test", "done", -90, True, "to", ""),
]

SUMMARIES = [
    "Caught up on work and life", "Talked about the reorg at Harbor", "Portfolio feedback",
    "Discussed UX research career paths", "Coffee and updates", "Talked about the HCI master's",
    "Resume and LinkedIn review", "Mock interview practice", "Shared job leads", "Quick check-in call",
]
# What a meeting was about when advice on a path was given there (advice shares its meeting's date).
ADVICE_TALKS = {"improve": "Talked about the promotion at Harbor", "switch": "Discussed UX research career paths",
                "school": "Talked about the HCI master's", "general": "Caught up on work and life"}
PLACES = ["Blue Bottle on 3rd", "Video call", "Phone", "Office lobby café", "Lakeside campus", "Slack DM", "Lunch downtown"]


@transactional
def load_demo(seed: int = 7, today: dt.date | None = None) -> None:
    """Fill the current database with the sample network (one transaction)."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    for name, field, website in ORGANIZATIONS:
        orgs_svc.create_organization(name=name, field=field, website=website)
    ids: dict[str, int] = {}
    for (name, org, title, roles, trust, knows, how, where, tags, notes, _intro) in PEOPLE:
        given, family = name.split(" ", 1)
        person = people_svc.create_person(
            display_name=name, given_name=given, family_name=family, organization=org or "", title=title,
            roles=roles, trust=trust, knows_situation=knows, met_how=how, met_where=where, tags=tags, notes=notes,
            met_on=today - dt.timedelta(days=rng.randint(200, 3000)),
            emails=[{"email": f"{given.lower()}.{family.lower().replace(' ', '')}@example.com", "label": "work"}],
            phones=[{"phone": f"+1 555 01{rng.randint(10, 99)} {rng.randint(1000, 9999)}", "label": "mobile"}],
            keep_in_touch_days=min((INTERVALS.get(r, 120) for r in roles), default=120),
            sensitive="Sensitive" in notes,
        )
        ids[name] = person.id
    for (name, *_rest, intro) in PEOPLE:
        if intro:
            people_svc.update_person(ids[name], introduced_by_id=ids[intro])
    people_svc.update_person(ids["Priya Raman"], organization="Pixelforge Studio", title="Senior UX Researcher")

    held_with: dict[tuple[str, dt.date], int] = {}     # (person, day) -> a meeting with them that day
    names = [p[0] for p in PEOPLE]
    weights = [6 if p[4] >= 4 else 2 for p in PEOPLE]
    for index in range(70):
        held = today - dt.timedelta(days=rng.randint(1, 365))
        who = {rng.choices(names, weights)[0]}
        if rng.random() < 0.25:
            who.add(rng.choice(names))
        summary = rng.choice(SUMMARIES)
        meeting = meetings_svc.log_meeting(
            held_at=dt.datetime.combine(held, dt.time(rng.choice([8, 9, 12, 16, 18]), rng.choice([0, 30]))),
            kind=rng.choice(["coffee", "coffee", "call", "video", "message", "event"]),
            place=rng.choice(PLACES), summary=summary,
            notes=f"{summary}. Promised to send a follow-up note." if rng.random() < 0.4 else "",
            follow_up_on=held + dt.timedelta(days=14) if rng.random() < 0.2 else None,
            attendee_ids=[ids[n] for n in sorted(who)],
        )
        for n in who:
            held_with[(n, held)] = meeting.id
    meetings_svc.log_meeting(
        held_at=dt.datetime.combine(today + dt.timedelta(days=3), dt.time(9, 30)), kind="coffee",
        place="Blue Bottle on 3rd", summary="Prep for the Brightline application",
        notes="Bring the two case studies.", attendee_ids=[ids["Maya Chen"]],
    )
    for (name, path, stance, days, text, acted, outcome) in ADVICE:
        given = today - dt.timedelta(days=days)
        if (name, given) not in held_with:  # advice is given at a meeting: that day's, logged if there was none
            held_with[(name, given)] = meetings_svc.log_meeting(
                held_at=dt.datetime.combine(given, dt.time(rng.choice([8, 12, 17]), rng.choice([0, 30]))),
                kind=rng.choice(["coffee", "call", "video"]), place=rng.choice(PLACES), summary=ADVICE_TALKS[path],
                attendee_ids=[ids[name]],
            ).id
        advice_svc.create_advice(
            person_id=ids[name], path=path, stance=stance, advice=text, acted_on=acted, outcome=outcome,
            given_on=given, meeting_id=held_with[(name, given)],
        )
    for (name, kind, purpose, status, due, thanked, direction, notes) in ASKS:
        asks_svc.create_ask(
            person_id=ids[name], kind=kind, purpose=purpose, status=status, thanked=thanked,
            direction=direction, notes=notes, due_on=today + dt.timedelta(days=due),
        )
    from mentordesk.crossroads.demo import create_demo_decision

    create_demo_decision(today)
