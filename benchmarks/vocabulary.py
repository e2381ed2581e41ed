"""Word pools for synthetic networks, so benchmark text looks and tokenizes like real data."""

from __future__ import annotations

GIVEN_NAMES = """
Aaliyah Aarav Abdul Abigail Ada Adam Adrian Ahmed Aiko Aisha Akira Alan Alejandro Alex Alexander
Alexandra Ali Alice Alicia Amara Amelia Amir Ana Anders Andrea Andrew Angela Anika Anita Anna Anthony
Antonio Arjun Aryan Ashley Astrid Ayesha Beatriz Ben Benjamin Bianca Björn Brandon Bruno Camila Carla
Carlos Carmen Caroline Catherine Chen Chiara Chloe Chris Christian Claire Clara Daniel Daniela David
Deepa Diana Diego Dmitri Elena Elif Elijah Elise Elizabeth Ella Emil Emily Emma Eric Erik Esther Ethan
Eva Fatima Felix Fernando Fiona Francesca Gabriel Gabriela Grace Hana Hannah Hassan Helena Henrik Hiro
Hugo Ibrahim Ines Ingrid Isaac Isabel Ivan Jack Jacob James Jana Javier Jessica Jin Joanna Jonas Jorge
José Joseph Julia Julian Kai Karim Karin Kate Kenji Kevin Kim Klara Laila Lars Laura Layla Leah Lena
Leo Liam Lina Lucas Lucia Luis Lukas Maja Malik Marco Maria Mariam Marie Mark Marta Mateo Matteo Maya
Mei Mia Michael Miguel Mikael Nadia Naomi Natalia Nathan Nia Nikhil Nina Noah Nora Olga Olivia Omar
Oscar Pablo Paul Paula Pedro Peter Pia Priya Rafael Rahul Ravi Rebecca Ricardo Rosa Ryan Sakura Samuel
Sara Sebastian Sergei Shreya Simon Sofia Sophie Stefan Sunil Tariq Thomas Tomás Valentina Victor
Vikram Wei Xavier Yara Yasmin Yuki Yusuf Zainab Zoe Zoltán
""".split()

FAMILY_NAMES = """
Abbott Adeyemi Ahmed Alvarez Andersen Anderson Araújo Bakker Baker Banerjee Becker Bello Bennett Berg
Bergström Bianchi Brown Campbell Carter Castillo Chen Chowdhury Clark Costa Cruz Dang Das Davies Díaz
Dubois Dumont Eriksson Evans Fernandes Fischer Flores Fontaine García Gomez González Gupta Haddad Hansen
Harris Hernández Hoffmann Hughes Ibrahim Ito Iyer Jansen Jensen Johansson Johnson Jones Kaur Khan Kim
Kowalski Kumar Larsen Laurent Lee Lehmann Li Lindqvist Liu Lopez Martin Martínez Mehta Meyer Miller
Mohammed Moreau Morris Müller Murphy Nakamura Nguyen Nielsen Novak Nowak Okafor Oliveira Olsen Ortiz
Owusu Park Patel Pereira Petrov Popescu Rahman Raman Ramos Reddy Reyes Ricci Rivera Roberts Rodríguez
Romano Rossi Russo Sánchez Santos Sato Schmidt Schneider Schulz Shah Silva Singh Smith Sokolov Suzuki
Svensson Takahashi Tanaka Taylor Thomas Thompson Torres Tran Van der Berg Vargas Walker Wang Watanabe
Weber White Williams Wilson Wójcik Wong Wright Yamamoto Yang Yilmaz Young Zhang Zhou Zimmermann
""".split()

ORG_STEMS = """
Harbor Brightline Pixelforge Lakeside Northwind Cobalt Greenway Orbit TalentBridge Meridian Fernhill
Summit Redwood Bluebird Keystone Silverline Ironwood Crescent Evergreen Horizon Juniper Maple Nimbus
Oakridge Pinnacle Quartz Riverbend Sapphire Tidewater Upland Vantage Willow Zenith Aurora Beacon Cedar
Delta Ember Falcon Granite Hollow Indigo Jasper Kestrel Lantern Monarch Northstar Opal Prairie Quill
Raven Sterling Thistle Unity Vertex Wavecrest Yarrow Atlas Birch Coral Driftwood Elm Foxglove Glacier
""".split()

ORG_KINDS = [
    ("Logistics", "Logistics"), ("Health", "Healthcare"), ("Analytics", "Data analytics"),
    ("Software", "Software"), ("Bank", "Finance"), ("Media", "Media"), ("Design Co.", "UX design"),
    ("University", "Higher education"), ("Retail", "Retail"), ("Recruiting", "Recruiting"),
    ("Consulting", "Consulting"), ("Labs", "Research"), ("Energy", "Energy"), ("Foods", "Food"),
    ("Robotics", "Manufacturing"), ("Insurance", "Insurance"), ("Studio", "Creative"),
    ("Capital", "Investment"), ("Foundation", "Non-profit"), ("Hospital", "Healthcare"),
]

TITLES = """
Marketing Manager|Senior UX Researcher|Director of Product|Career Coach|Data Analyst|Product Owner
Engineering Manager|Head of Marketing|Design Director|Technical Recruiter|Professor of Economics
Admissions Advisor|Operations Analyst|HR Business Partner|Content Strategist|Founder|Software Engineer
Account Executive|Program Manager|Research Scientist|Chief of Staff|Project Coordinator|Brand Manager
Financial Analyst|Customer Success Lead|VP of Sales|Nurse Practitioner|Teacher|Policy Advisor
Creative Director|Growth Marketer|Supply Chain Planner|Lecturer in Computer Science|Talent Partner
""".replace("\n", "|").split("|")

ROLES = ["friend", "mentor", "coach", "colleague", "former_manager", "insider", "recruiter", "professor", "other"]

TAGS = ["core", "ux", "school", "work", "friends", "recruiting", "coaching", "data", "linkedin", "alumni"]

MET_HOW = ["Conference", "University friend", "Former team lead", "Intro from a friend", "Meetup",
           "Reached out on LinkedIn", "Neighbor", "Workshop", "Alumni mixer", "Career fair"]

PLACES = ["Coffee shop downtown", "Video call", "Their office", "Lunch near work", "Conference hall",
          "Library café", "Park walk", "Co-working space", "Phone", "Alumni club"]

SUBJECTS = """
promotion|portfolio|resume|salary negotiation|master's program|UX research|data bootcamp|career switch
team reorg|informational interview|referral|recommendation letter|side project|networking plan
performance review|leadership course|job offer|startup idea|certification|graduate admissions
""".replace("\n", "|").split("|")

SENTENCES = [
    "Talked about my {s} and what to do next.",
    "Suggested I focus on the {s} before anything else.",
    "Thinks the {s} is worth it if I can keep my current job.",
    "Warned me that the {s} takes longer than people expect.",
    "Offered to review my {s} next month.",
    "Shared how they handled their own {s} five years ago.",
    "Recommended talking to someone in {o} about the {s}.",
    "Was skeptical about the {s}; wants to see numbers first.",
    "Gave concrete steps for the {s}: write, ask, follow up.",
    "Mentioned an opening at {o} that fits the {s}.",
    "Asked me to send a short summary of the {s} by Friday.",
    "Said the market for {s} is strong in {o} right now.",
]

ADVICE = [
    "Ask your manager directly what the promotion criteria are and get them in writing.",
    "Build a small portfolio of three research case studies before applying anywhere.",
    "Take one evening course first to test whether you enjoy the field.",
    "Do not quit before you have an offer; switch internally if you can.",
    "Talk to five people who made the same switch and compare their paths.",
    "Apply to the part-time master's program; the employer may pay for it.",
    "Negotiate salary based on market data, not on your current pay.",
    "Volunteer for the cross-team project to get visible work.",
    "Write down what energizes you each week for a month before deciding.",
    "Find a sponsor, not just a mentor, who will speak for you in rooms you are not in.",
    "The bootcamp is fine but the network matters more than the certificate.",
    "Stay one more year, finish the launch, then move with a strong story.",
]

OUTCOMES = ["", "", "", "Did it; it helped.", "Tried it, mixed results.", "Not yet.", "Got an interview out of it."]
