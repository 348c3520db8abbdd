"""Vocabulary for generated certificates: people, courses, providers, events."""

from __future__ import annotations

FIRST = [
    "María José", "Zoë", "François", "Renée", "Jürgen", "Siobhán", "José", "Chloé",
    "Dmitri", "Aisha", "Kwame", "Mary-Kate", "D'Andre", "Thomas J.", "Nadia", "Brandon",
    "Emily", "Luis", "Hannah", "Tyrone", "Gabriel", "Priya", "Connor", "Ingrid", "Marcus",
    "Elena", "Raúl", "Sophie", "Wei", "Jessica", "Andrés", "Kateřina",
]
LAST = [
    "Gutiérrez", "Nguyen", "Dubois", "O'Connor", "Schmidt", "Kelly", "Peña", "Martin",
    "Volkov", "Bello", "Mensah", "Ellison", "Williams", "Whitaker", "Al-Sayed", "Hughes",
    "Kowalski", "Fernández", "Okafor", "Lindqvist", "McAllister", "Brennan", "Castillo",
    "Thompson", "Nakamura", "Richardson", "Novak", "Delgado", "Price", "Johansson",
]
STAFF = [
    "Dan Foster", "Karen Whitfield", "Robert Lee Hammond", "Patricia Okoye", "Glen Marsh",
    "Linda Carvalho", "Steve Duarte", "Michelle Tran", "Ray Pendergast", "Angela Moss",
]
COURSES = [
    "Water Damage Restoration Technician",
    "Applied Structural Drying",
    "Odor Control Technician",
    "Fire and Smoke Damage Restoration Technician",
    "Applied Microbial Remediation Technician",
    "Carpet Cleaning Technician",
    "Upholstery and Fabric Cleaning Technician",
    "Commercial Drying Specialist",
    "Health and Safety Technician",
    "Trauma and Crime Scene Technician",
    "Advanced Psychrometry for Large Loss Drying Projects",
    "Mold Remediation Project Management and Documentation",
    "Category 3 Water Losses: Containment, Safety and Cleaning Procedures",
    "Hardwood Floor Drying Techniques",
    "Lead-Safe Work Practices for Restoration Contractors",
    "Contents Pack-Out and Inventory Management",
]
COURSE_CODES = ["WRT", "ASD", "OCT", "FSRT", "AMRT", "CCT", "UFT", "CDS", "HST", "TCST"]
SESSIONS = [
    "Drying Documentation That Gets Paid",
    "Moisture Mapping with Thermal Imaging",
    "Negotiating Large Loss Contracts",
    "Asbestos Awareness for Restorers",
    "Building Science of Wall Cavities",
    "Insurance Claims: What Adjusters Need to See",
    "Dehumidifier Sizing in Practice",
    "Respiratory Protection Update",
    "Contents Cleaning After Smoke Damage",
    "Managing Crews on Catastrophe Deployments",
]
PROVIDERS = [
    "Northwind Restoration Institute",
    "Peak Drying Academy",
    "Blue Ridge Cleaning & Restoration Training",
    "Harbor Point Training Center",
    "Summit Remediation School",
    "Great Lakes Restoration Education, Inc.",
    "Clearwater Technical College",
    "Prairie State Restoration Association",
    "Ironwood Training Group LLC",
    "Coastal Fire & Water Academy",
]
EVENTS = [
    "The Experience Convention & Trade Show 2026",
    "Restoration Industry Expo 2026",
    "Midwest Cleaning & Restoration Show",
    "Southeast Restoration Summit",
    "Pacific Northwest Flooring & Restoration Expo",
    "National Carpet Cleaners Convention",
]
CITIES = [
    ("1450 Commerce Blvd, Suite 210", "Dallas, TX 75247"),
    ("88 Harbor Way", "Tacoma, WA 98402"),
    ("3021 N. Main Street", "Greenville, SC 29609"),
    ("615 Industrial Park Rd", "Dayton, OH 45414"),
    ("72 Elm Court", "Madison, WI 53703"),
]
