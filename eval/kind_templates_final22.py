"""FINAL22 templates of the generalisation corpus kinds (eval.kinds), for the `final22` split.

Written by a helper session after the final20 and final21 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final22`). They imitate what staff and volunteers of
hospices and palliative care teams, film festivals, dredging and marine works contractors, organ
builders and piano tuners, chess and bridge clubs, escape rooms, ice rinks, coach and bus charter
firms, sign makers and allotment societies paste into an LLM at work: bereavement support letters,
press accreditation confirmations, notices of dredging works, tuning reminders, league fixture
notes, escape room booking confirmations, skating course letters, coach hire quotes, sign proof
approvals, plot offer letters; equipment-collection JSON, jury travel YAML, riparian owners' notices,
tuning invoices with IBANs, prize shipping CSVs, gift-voucher XML, skate-sharpening return labels in
capitals, pick-up manifests as SQL, sign installation dockets, plot rent invoices; a hospice night
call log, an accreditation Slack thread, a dredger's VHF log, tuning and lost-property calls, a bridge
partner-finding WhatsApp group, an escape room live chat, a coach breakdown call, a sign proof Teams
chat, an allotment committee meeting; care-records sync settings, screener platform YAML, a
hydrographic survey upload script, tuning app JSON, a chess results uploader TOML, a puzzle-room
controller ini, ice plant monitoring compose files, coach telematics Kubernetes secrets, an LED sign
controller script, a members' site CI workflow; hospice referrals, film submission records, marine
crew inductions, instrument service cards, junior chess memberships, escape room waivers, skating
pupil records, coach driver records, advertisement consent applications and plot tenancy agreements.
Checked against the earlier modules' docstrings: hospices and palliative care, film festivals,
dredging and marine works, piano tuners and organ builders, chess and bridge clubs, escape rooms, ice
rinks, coach hire, sign makers and allotment societies are new. Near them came film and TV
productions (final14), so the film situations here are a festival's (accreditation, juries,
screeners, submissions); ports, shipping lines and seafarer records (final14) and marine research
vessels (final19), so the marine ones are a dredging contractor's (a dredger's VHF log, riparian and
berth notices, channel surveys, a backhoe dredger's crew induction); gyms and sports clubs (final17),
so the clubs here are chess, bridge and skating ones; bank bereavement notifications (final11) and
funeral directors (final17), so the hospice ones are palliative care and support before a death.
Conference bridges (final12, final13), sports coaching calls (final13) and railway coach numbers
(final14) share only a word with bridge clubs and coach hire.
Ordinary text surrounds the values (amounts, plot, berth, board and room numbers, fleet, badge,
licence, asset and gate-key numbers, sign sizes, ticket and invoice numbers, serials, tracking
numbers, versions, hashes, UUIDs, VAT ids, hostnames, paths, companies, products, job titles) so that
over-redaction is measured as well as recall.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots. No literal
personal value is written here (no names, e-mails, phone numbers, IP addresses, street addresses,
towns or keys): every one is a slot, so that it is labelled; decoys (hashes, UUIDs, versions,
ticket, invoice, serial, tracking and VAT numbers) are slots too, so that they are labelled DECOY.
Templates never contain a literal double brace. Note that `{{name}}` and `{{name_uc}}` are two
draws (two people), so a template that needs one person twice spells it `{{first}} {{last}}`.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", """\
Subject: Support for you and your family – bereavement group and our family room

Dear {{first2}},

Thank you for speaking with me on the ward yesterday. As promised, I am sending the details of our
pre-bereavement support group, which meets on Tuesday evenings in the garden room; you are welcome to
come on your own or with your sister. The family room key code changes on Monday, please ask the
nurse in charge. Our reference for your mother's stay is {{ticket}}.

With kind regards,

{{first}} {{last}}
Family Support Coordinator, Palliative Care
{{company}} Hospice
Direct line {{phone}} · Out of hours (ward) {{phone2}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

Your press accreditation for the festival is approved (badge {{serial}}). Collect it at the
accreditation desk in the festival centre from 10:00 on opening day with photo ID. Press screenings
run at 08:30 daily; the red-carpet pen is allocated per outlet, request form {{invoice}}. The press
kit and stills library login will follow in a separate email.

Best,
{{first}}

--
{{first}} {{last}} | Press & Industry Office
{{company}} International Film Festival
Press office {{phone}} | Mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
Re: Maintenance dredging of the inner harbour – work window and berth closures

Dear {{name}},

Further to the notice to mariners, the trailing suction hopper dredger will work the inner basin
from Monday for about ten days; berths 4 to 7 close in turn, 24 hours' notice each. Disposal is to
the licensed offshore site under the marine licence (our ref. {{ticket}}, licence variation
{{invoice}}). Survey results will be shared after each pass.

Kind regards,

{{first}} {{last}}
Project Manager – Marine Works
{{company}} Dredging & Marine Contractors
Site office {{phone}}  |  On vessel {{intl}}
{{email}}"""),
    ("en", """\
Hello {{first2}},

A quick reminder that your piano is due for its six-monthly tuning next Wednesday between 2 and 3 pm.
Last time the pitch had dropped a little, so I will raise it gently over two visits if needed; please
keep the room at a steady temperature and away from the radiator. Job {{ticket}}, last invoice
{{invoice}} (paid, thank you).

Best wishes,
{{first}} {{last}}
Piano Tuner & Technician (PTG member)
{{company}} Pianos
Workshop {{phone}} · Mobile {{local7}}
{{email}}"""),
    ("en", """\
Hi all,

Fixtures for division 2 are out: our first match is away, boards 1-4 with white on the odd boards.
Please confirm availability by Sunday; grading codes must be on the team sheet (mine is {{serial}}).
Travel: we share cars from the club, fuel split as usual. League registration fee receipt {{invoice}}.

Cheers,
{{first}}

{{first}} {{last}}
Match Captain, {{company}} Chess Club
Mobile {{phone}}
{{email}}"""),
    ("en", """\
Subject: Booking confirmed – "The Lighthouse Keeper's Secret" (room 3), booking {{ticket}}

Hi {{first2}},

You're all set for 6 players on Saturday. Please arrive 15 minutes early for the briefing; phones
go in the lockers, and the game lasts 60 minutes with up to three hints. If anyone in your group is
claustrophobic, tell your game master, the doors are never locked. Gift voucher {{invoice}} has been
applied.

See you soon,

{{first}} {{last}}
Game Master & Duty Manager
{{company}} Escape Rooms
Bookings {{phone}} | WhatsApp {{e164}}
{{internal_email}}"""),
    ("en", """\
Dear {{name}},

Thank you for enrolling your daughter in the Learn to Skate course (stage 3). Sessions are on
Saturday mornings before public skating; please bring gloves and a helmet, hire skates are included.
Course code {{ticket}}, payment {{invoice}}. If a session is cancelled because of ice maintenance we
will text the number on the booking.

Kind regards,
{{first}} {{last}}
Skating Development Coordinator
{{company}} Ice Arena
Rink reception {{phone}} · Skate school {{phone2}}
{{email}}"""),
    ("en", """\
Subject: Quote {{invoice}} – 53-seat executive coach, school trip

Hi {{first2}},

Thanks for your enquiry. Please find attached our quote for a 53-seat executive coach with seat
belts and a toilet, pick-up at the school gates at 07:30 and return by 18:00, including driver's
hours and parking. Vehicle fleet no. {{serial}}. To confirm, sign and return the booking form with
the deposit; the driver's name and mobile follow two days before travel.

Kind regards,

{{first}} {{last}}
Private Hire Bookings
{{company}} Coaches Ltd
Bookings {{phone}} · 24h operations {{intl}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

Attached is proof v{{version}} of the new fascia: 4200 x 600 mm aluminium tray, built-up acrylic
letters with halo LED, your logo in the approved colour. Please check the spelling carefully and
reply "approved" so we can go to production; installation needs a scaffold tower and about half a
day. Job {{ticket}}, quote {{invoice}}.

Thanks,
{{first}} {{last}}
Design & Estimating
{{company}} Signs
Studio {{phone}} | Mobile {{e164}}
{{email}}"""),
    ("en", """\
Dear {{name}},

I am pleased to offer you a half plot (plot 17B, about 125 square metres) at the allotment site,
from the start of the new season. The annual rent is 48 pounds including water; please read the
tenancy rules before signing. Keys to the main gate are issued against a deposit. Offer ref.
{{ticket}}; waiting-list no. {{serial}}.

Yours sincerely,

{{first}} {{last}}
Honorary Secretary
{{company}} Allotment & Gardens Society
Tel. {{phone}}
{{email}}"""),
    ("de", """\
Liebe Frau {{last2}},

vielen Dank für das Gespräch gestern. Wie besprochen finden Sie anbei die Termine unserer
Trauergesprächsgruppe; Sie sind auch schon jetzt, während Ihr Vater bei uns ist, herzlich eingeladen.
Das Angehörigenzimmer steht Ihnen jederzeit offen. Unser Aktenzeichen: {{ticket}}.

Mit herzlichen Grüßen

{{first}} {{last}}
Koordination Ehrenamt und Trauerbegleitung
{{company}} Hospiz gGmbH
Telefon {{phone}} · Bereitschaft {{phone2}}
{{email}}"""),
    ("de", """\
Sehr geehrter Herr {{last2}},

hiermit bestätige ich den Stimmtermin für Ihren Flügel am Donnerstag ab 9 Uhr. Bei der letzten
Stimmung lag die Tonhöhe deutlich unter 440 Hz; ich empfehle diesmal eine Hebung in zwei Schritten
und eine Kontrolle der Hammerköpfe. Auftrag {{ticket}}, Rechnung folgt (Kundennr. {{account}}).

Mit freundlichen Grüßen

{{first}} {{last}}
Klavierbaumeister, Klavierstimmer
{{company}} Klavier- und Orgelbau
Werkstatt {{phone}} · Mobil {{e164}}
{{email}}"""),
    ("fr", """\
Bonjour {{first2}},

Votre accréditation professionnelle pour le festival est validée (badge {{serial}}). Vous pouvez la
retirer au bureau des accréditations du palais du festival dès l'ouverture, muni d'une pièce
d'identité. Les projections presse ont lieu à 8 h 30 ; la réservation des places se fait dans
l'application (demande {{invoice}}).

Bien cordialement,

{{first}} {{last}}
Chargée des accréditations
{{company}} – Festival du film
Tél. {{phone}} – Portable {{intl}}
{{email}}"""),
    ("fr", """\
Bonjour Madame {{last2}},

Nous confirmons l'inscription de votre fils au stage de patinage des vacances (niveau 2, du lundi au
vendredi de 9 h à 11 h). Prévoir gants, casque et une tenue chaude ; les patins sont prêtés. Dossier
{{ticket}}, règlement {{invoice}}. En cas de fermeture de la patinoire pour resurfaçage, nous vous
préviendrons par SMS.

Sportivement,

{{first}} {{last}}
Responsable de l'école de glace
{{company}} – Patinoire municipale
Accueil {{phone}} · {{email}}"""),
    ("es", """\
Estimado/a {{name}}:

Le remitimos el presupuesto {{invoice}} para el servicio discrecional solicitado: autocar de 55
plazas con conductor, salida a las 8:00 desde el colegio y regreso a las 19:00, peajes y dietas
incluidos. Vehículo asignado, nº de flota {{serial}}. Para confirmar la reserva, firme y devuelva
el contrato con el anticipo.

Atentamente,

{{first}} {{last}}
Departamento de Reservas
{{company}} Autocares
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Ciao {{first2}},

la prenotazione per "Il Laboratorio dell'Alchimista" è confermata per sabato alle 18:00, 5
giocatori. Vi chiediamo di arrivare 10 minuti prima per il briefing; telefoni negli armadietti.
Codice prenotazione {{ticket}}, buono regalo {{invoice}} applicato.

A presto!

{{first}} {{last}}
Game master
{{company}} Escape Room
Tel. {{phone}} – WhatsApp {{e164}}
{{internal_email}}"""),
]

ADDRESS = [
    ("en", """\
{
  "request_type": "equipment_collection",
  "request_id": "{{ticket}}",
  "items": ["profiling bed", "pressure-relieving mattress", "syringe driver case"],
  "collect_from": {
    "contact": "{{name}}",
    "line_1": "{{street}}",
    "line_2": "{{unit}}",
    "town_line": "{{townline}}",
    "country": "{{country}}"
  },
  "contact_phone": "{{phone}}",
  "hospice_team": "community palliative care",
  "asset_tags": ["{{serial}}", "{{serial2}}"],
  "created": "{{timestamp}}"
}"""),
    ("en", """\
# jury-travel.yml – feature film jury, arrivals (festival guest office)
- guest: "{{name}}"
  role: jury member
  home_address:
    street: "{{street}}"
    town_line: "{{townline}}"
    country: "{{country}}"
  mobile: "{{e164}}"
  flight_booking: "{{ticket}}"
  hotel_voucher: "{{invoice}}"
- guest: "{{name2}}"
  role: jury president
  home_address:
    street: "{{street2}}"
    town_line: "{{townline2}}"
    country: "{{country}}"
  mobile: "{{intl2}}"
  flight_booking: "{{ticket2}}"
# export {{uuid}}"""),
    ("en", """\
NOTICE OF MAINTENANCE DREDGING WORKS – RIPARIAN OWNERS AND OCCUPIERS

To: {{name}}
    {{street}}
    {{townline}}
    {{country}}

Works: removal of silt from the river channel between the lock and the road bridge, by backhoe
dredger and split hopper barge, working hours 07:00-19:00. Moorings in front of your property must
be cleared for the duration. Marine licence {{serial}} · notice ref. {{ticket}}."""),
    ("en", """\
INVOICE {{invoice}}

Bill to:
{{name}}
{{street}}
{{townline}}

Description                                   Amount
Piano tuning (upright), pitch raise            95.00
Regulation of sticking key (C5)                15.00
Total due                                     110.00

Please pay by bank transfer within 14 days to {{iban}}, quoting the invoice number.
VAT no. {{vat}} · service record {{serial}}"""),
    ("en", """\
prize,winner,street,town_line,country,grading_code,parcel
Junior U12 1st,{{name}},{{street}},{{townline}},{{country}},{{serial}},{{tracking}}
Rapidplay Open 2nd,{{name2}},{{street2}},{{townline2}},{{country}},{{serial2}},{{tracking2}}
# trophies and book tokens, congress {{ticket}}, file {{md5}}"""),
    ("en", """\
<voucherDispatch order="{{invoice}}" product="escape-room-gift-6-players">
  <voucher code="{{serial}}" expires="12 months"/>
  <recipient>
    <name>{{name}}</name>
    <street>{{street}}</street>
    <townLine>{{townline}}</townLine>
    <country>{{country}}</country>
  </recipient>
  <message>Happy birthday from all of us!</message>
  <buyerEmail>{{email}}</buyerEmail>
  <shipment service="first-class">{{tracking}}</shipment>
</voucherDispatch>"""),
    ("en", """\
SKATE SHARPENING BY POST – RETURN LABEL

RETURN TO:
{{name_uc}}
{{street_uc}}
{{townline_uc}}
{{country_uc}}

SERVICE: HOLLOW 1/2", PAIR OF FIGURE BLADES
ORDER {{invoice}}   TRACKING {{tracking}}"""),
    ("en", """\
-- coach hire, pick-up points for job {{ticket}} (vehicle {{serial}})
INSERT INTO pickup_points (job_ref, seq, contact_name, street, town_line, mobile) VALUES
  ('{{ticket}}', 1, '{{name}}', '{{street}}', '{{townline}}', '{{phone}}'),
  ('{{ticket}}', 2, '{{name2}}', '{{street2}}', '{{townline2}}', '{{phone2}}');
-- quote {{invoice}}, loaded {{timestamp}}"""),
    ("en", """\
INSTALLATION DOCKET – Job {{ticket}}

Customer: {{name}} ({{company}})
Site address: {{street}}
              {{townline}}
Site contact on the day: {{phone}}

Items: 1 x illuminated fascia 4200 x 600 mm; 1 x projecting sign, double-sided, 600 mm dia.
Access: scaffold tower, pavement licence required (ref. {{invoice}})
Fixings: M10 resin anchors; electrician to connect the spur. Proof approved v{{version}}."""),
    ("en", """\
{{company}} Allotment & Gardens Society

Plot rent {{date_words}}                                    Invoice {{invoice}}

{{name}}
{{street}}
{{townline}}

Plot 17B (half plot)          rent 42.00, water 6.00       total 48.00
Please pay the treasurer by transfer to {{iban}} or at the hut on open mornings.
Society registration {{serial}}."""),
    ("de", """\
Rechnung {{invoice}} · Klavierstimmung

{{name}}
{{street}}
{{townline}}
{{country}}

Stimmung Flügel (Hebung auf 443 Hz), Intonation einzelner Töne       180,00 EUR
Anfahrt                                                               25,00 EUR
Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf {{iban}}.
USt-IdNr. {{vat}} · Instrumentenkarte {{serial}}"""),
    ("de", """\
Busreise – Abholliste Fahrt {{ticket}} (Reisebus, Wagen {{serial}})

Zustieg 1: {{name}}
           {{street}}
           {{townline}}
           Tel. {{phone}}
Zustieg 2: {{name2}}
           {{street2}}
           {{townline2}}
Fahrer: {{first}} {{last}}, Diensthandy {{e164}} · Auftrag {{invoice}}"""),
    ("fr", """\
Maison de soins palliatifs – envoi de documents

Destinataire :
{{name}}
{{street}}
{{townline}}
{{country}}

Objet : copie du projet de soins et directives anticipées (dossier {{ticket}})
Envoi recommandé n° {{tracking}}"""),
    ("fr", """\
AVIS AUX RIVERAINS – TRAVAUX DE DRAGAGE DU PORT

Madame, Monsieur {{name}},
{{street}}
{{townline}}

Des travaux de dragage d'entretien du bassin à flot auront lieu à partir de lundi (drague
aspiratrice, chaland à clapet). Les pontons B et C seront fermés par roulement. Arrêté préfectoral
n° {{serial}} – référence chantier {{ticket}} – contact chantier {{phone}}."""),
    ("es", """\
Club de Ajedrez – envío de trofeos del torneo {{ticket}}

Destinatario: {{name}}
Dirección: {{street}}
{{townline}}
{{country}}
Teléfono: {{phone}}
Contenido: trofeo 1.er clasificado sub-14, diploma · Nº de seguimiento {{tracking}}"""),
    ("it", """\
Bolla di consegna e posa – insegna luminosa

Cliente: {{name}}
Indirizzo di posa: {{street}}
{{townline}}
{{country}}
Referente in cantiere: {{phone}}
Materiale: insegna a cassonetto 3000 x 500 mm, lettere in plexiglass, LED bianco
Ordine {{invoice}} – commessa {{ticket}} – bozza approvata v{{version}}"""),
]

DIALOGUE = [
    ("en", """\
Hospice ward – night call log (nurse in charge)

[{{clock}}] Daughter rang, asking whether to come in now. Patient settled, breathing changed slightly.
[{{clock2}}] Spoke with {{name}} (daughter) on {{phone}}: she will come in with her brother.
[{{clock3}}] Syringe driver checked, batch {{serial}}; comfort medication as charted.
[{{clock4}}] Family arrived. Chaplain {{first}} {{last}} informed, will call in the morning.
[{{clock5}}] Handover note added to record {{ticket}}."""),
    ("en", """\
Slack – #accreditation (festival)

{{first}} {{last}} ({{clock}}): Press badge for the trade paper critic is stuck at "photo missing".
{{first2}} ({{clock2}}): Which one? We have two from that outlet.
{{first}} {{last}} ({{clock3}}): {{name}}, request {{invoice}}. She says she uploaded it twice.
{{first2}} ({{clock4}}): Found it, the upload failed on size. I'll email her at {{email}} and print manually.
{{first}} {{last}} ({{clock5}}): Thanks! Badge number will be {{serial}}."""),
    ("en", """\
VHF channel 14 – harbour control / dredger, transcript

[{{clock}}] Harbour control: Dredger, harbour control, what is your position, over.
[{{clock2}}] Dredger: Harbour control, dredger, in the inner basin off berth 5, loaded, ready to sail for the disposal site, over.
[{{clock3}}] Harbour control: Dredger, hold for the inbound ferry, then proceed. Your master's name for the log, over.
[{{clock4}}] Dredger: Master is {{name}}, mobile {{intl}}, over.
[{{clock5}}] Harbour control: Thank you, logged under works permit {{ticket}}, out."""),
    ("en", """\
Piano tuning – phone booking

Tuner: Good morning, {{first}} speaking.
Caller: Hi, our church has an old upright in the hall and it sounds awful. Could you tune it?
Tuner: Of course. When was it last tuned?
Caller: No idea, years ago. The keys stick too.
Tuner: I'll bring the tools for that. Who should I ask for?
Caller: {{name}}, I'm the churchwarden. My mobile is {{phone}}.
Tuner: And an email for the invoice?
Caller: {{email}}.
Tuner: Lovely, Thursday at ten. Job number {{ticket}}."""),
    ("en", """\
WhatsApp – "Bridge club partner finder ♠♥♦♣"

[{{timestamp}}] {{first}} {{last}}: Anyone free for Thursday duplicate? My partner's away.
[{{timestamp2}}] {{first2}}: I could play, but only Acol weak no trump please 😄
[{{timestamp3}}] {{first}} {{last}}: Perfect. Table money is 3 pounds, see you at 7.
[{{timestamp4}}] {{first2}}: If I'm late ring me on {{phone}}
[{{timestamp5}}] {{first}} {{last}}: Will do. EBU number for the scorer is {{serial}}"""),
    ("en", """\
Live chat – escape room bookings

[{{timestamp}}] Visitor: Hi, can we move our booking to Sunday? Someone's ill.
[{{timestamp2}}] {{first}} (staff): Hi! Sure, can I have the booking reference?
[{{timestamp3}}] Visitor: {{ticket}}, name {{name}}
[{{timestamp4}}] {{first}} (staff): Thanks. Sunday 14:00 is free for 5 players. Shall I send the new confirmation to {{email}}?
[{{timestamp5}}] Visitor: yes please, and my number changed, it's {{phone}}
[{{timestamp6}}] {{first}} (staff): Done, moved. Voucher {{invoice}} still applies."""),
    ("en", """\
Ice rink reception – call notes

Receptionist: Good afternoon, ice arena, {{first}} speaking.
Caller: Hello, my son left his hockey bag in the changing room after the 6 o'clock session.
Receptionist: I'll check lost property. What's on the bag?
Caller: His name, {{name}}, and the club crest.
Receptionist: Yes, it's here. Can I take a contact number?
Caller: {{phone}}.
Receptionist: We'll keep it at the desk, logged as {{ticket}}."""),
    ("en", """\
Coach operations – breakdown call (recorded)

Ops: Operations, {{first}}.
Driver: Hi, it's {{name}}, coach fleet {{serial}}. Air pressure warning on the motorway, I'm on the hard shoulder.
Ops: Is everyone safe? How many on board?
Driver: 41 pupils and 3 teachers, all behind the barrier.
Ops: Good. Recovery is on its way, job {{ticket}}. The group leader's mobile?
Driver: {{name2}}, {{phone}}.
Ops: I'll call her and send a replacement coach. Stay on {{e164}}."""),
    ("en", """\
Teams – Signs / Production

{{first}} {{last}} ({{clock}}): Customer approved proof v{{version}} for the fascia, job {{ticket}}.
{{first2}} ({{clock2}}): Great. Can we cut the letters today? Who is the site contact?
{{first}} {{last}} ({{clock3}}): {{name}}, shop manager, {{phone}}. Install next Tuesday.
{{first2}} ({{clock4}}): Pavement licence came through, ref. {{invoice}}.
{{first}} {{last}} ({{clock5}}): Perfect, booking the tower."""),
    ("en", """\
Allotment society – committee meeting, notes of discussion

Chair ({{first}} {{last}}): Next item, the water troughs on the east side.
Treasurer: Repairs quoted at 340 pounds, invoice {{invoice}} from the plumber.
Secretary: Also, plot 9 is overgrown again. The tenant is {{name}}; letters have gone unanswered.
Chair ({{first}} {{last}}): Has anyone phoned?
Secretary: I tried {{phone}} twice, no answer. I'll send a final notice to {{email}}.
Chair ({{first}} {{last}}): Agreed. Minute it under action {{ticket}}."""),
    ("de", """\
Hospiz – Telefonnotiz Pflege (Nachtdienst)

Pflege ({{first}}): Hospiz, guten Abend, {{first}} am Apparat.
Anruferin: Guten Abend, hier ist {{name}}, die Tochter von Zimmer 4. Wie geht es meiner Mutter?
Pflege ({{first}}): Sie schläft ruhig, die Atmung hat sich etwas verändert. Möchten Sie kommen?
Anruferin: Ja, ich fahre gleich los. Bitte rufen Sie mich an, falls etwas ist: {{phone}}.
Pflege ({{first}}): Mache ich. Ich notiere das im Verlauf, Akte {{ticket}}."""),
    ("de", """\
Eishalle – Telefonat Kassenbereich

Kasse: Eissporthalle, {{first}}, guten Tag.
Anrufer: Guten Tag, ich möchte für den Kindergeburtstag am Samstag zwölf Schlittschuhe ausleihen.
Kasse: Gerne. Auf welchen Namen?
Anrufer: {{name}}. Erreichbar bin ich unter {{phone}}.
Kasse: Und eine E-Mail für die Bestätigung?
Anrufer: {{email}}.
Kasse: Reserviert, Vorgang {{ticket}}. Bitte kommen Sie 20 Minuten vor dem Lauf."""),
    ("fr", """\
Accordeur de pianos – appel entrant

Accordeur : Bonjour, {{first}} à l'appareil.
Cliente : Bonjour, je voudrais faire accorder un piano droit qui n'a pas été joué depuis dix ans.
Accordeur : Entendu, il faudra sans doute deux passages. À quel nom ?
Cliente : {{name}}. Mon numéro, c'est le {{phone}}.
Accordeur : Et l'adresse ?
Cliente : {{street}}, {{townline}}.
Accordeur : Parfait, mardi 14 h. Je note l'intervention {{ticket}}."""),
    ("fr", """\
Club d'échecs – discussion (Discord, #interclubs)

[{{timestamp}}] {{first}} {{last}} : Il nous manque un joueur pour la ronde de dimanche, échiquier 4.
[{{timestamp2}}] {{first2}} : Je peux venir, mais ma licence FFE n'est pas encore renouvelée.
[{{timestamp3}}] {{first}} {{last}} : Envoie-moi ton numéro de licence, je m'en occupe : {{internal_email}}
[{{timestamp4}}] {{first2}} : C'est {{serial}}. Et appelle-moi au {{phone}} si besoin
[{{timestamp5}}] {{first}} {{last}} : Ok, feuille de match {{ticket}}"""),
    ("es", """\
Escape room – llamada de reserva

Empleado: Escape room, buenas tardes, le atiende {{first}}.
Cliente: Hola, queríamos reservar la sala del submarino para el viernes, seis personas.
Empleado: Tenemos hueco a las siete. ¿A nombre de quién?
Cliente: {{name}}. Mi móvil es el {{phone}}.
Empleado: Perfecto, le mando la confirmación por correo.
Cliente: A {{email}}, gracias.
Empleado: Reserva {{ticket}} confirmada."""),
    ("it", """\
Noleggio pullman – telefonata ufficio prenotazioni

Operatore: Buongiorno, ufficio noleggi, sono {{first}}.
Cliente: Buongiorno, avremmo bisogno di un pullman da 50 posti per una gita parrocchiale.
Operatore: Certo. A chi intesto il preventivo?
Cliente: {{name}}. Il mio cellulare è {{phone}}.
Operatore: E l'indirizzo email?
Cliente: {{email}}.
Operatore: Le invio il preventivo {{invoice}} entro oggi."""),
]

CODE = [
    ("en", """\
# .env – care records sync (hospice in-patient unit and community team)
CARE_RECORDS_API=https://{{hostname}}/fhir/r4
CARE_RECORDS_CLIENT_ID={{uuid}}
CARE_RECORDS_CLIENT_SECRET={{token}}
EPACS_DB_URL=postgresql://epacs:{{password}}@{{ip}}:5432/epacs
SMS_GATEWAY_KEY={{token2}}
ON_CALL_PHARMACIST={{phone}}
REPORTS_TO={{internal_email}}
BUILD={{version}}  # {{short_sha}}"""),
    ("en", """\
# screener-platform/config.yml – festival online screeners (jury and press)
storage:
  bucket: festival-screeners
  access_key_id: {{aws_key}}
  secret_access_key: "{{aws_secret}}"
drm:
  license_server: https://{{hostname}}/widevine
  api_token: "{{token}}"
admin:
  user: {{username}}
  password: "{{password}}"
  notify: {{email}}
release: "{{version}}"   # image {{digest}}"""),
    ("en", """\
#!/usr/bin/env python3
# upload_survey.py – multibeam survey of the dredged channel to the port's portal
import paramiko

HOST = "{{ip}}"
USER = "{{username}}"
PASSWORD = "{{password}}"
PORTAL_TOKEN = "{{token}}"

def push(path):
    t = paramiko.Transport((HOST, 22))
    t.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(t)
    sftp.put(path, "/incoming/" + path.split("/")[-1])

push("/data/survey/inner_basin_pass3.xyz")  # surveyor: {{email}} · run {{uuid}}"""),
    ("en", """\
{
  "app": "tuner-diary",
  "environment": "production",
  "database": {"host": "{{ip}}", "user": "{{username}}", "password": "{{password}}"},
  "sms": {"account_sid": "{{token}}", "auth_token": "{{token2}}", "from": "{{e164}}"},
  "payments": {"secret_key": "{{stripe}}"},
  "owner_email": "{{email}}",
  "reminder_months": 6,
  "release": "{{version}}",
  "config_id": "{{uuid}}"
}"""),
    ("en", """\
# results-uploader.toml – club chess league results to the grading database
[grading]
endpoint = "https://{{hostname}}/api/results"
club_code = "{{serial}}"
api_key = "{{token}}"

[club_db]
url = "mysql://chess:{{password}}@{{ip}}/club"

[notify]
match_secretary = "{{internal_email}}"
slack_webhook = "{{slack_hook}}"
# version {{version}}, commit {{sha}}"""),
    ("en", """\
; room3-controller.ini – "Lighthouse" puzzle room (Raspberry Pi, relays and maglocks)
[mqtt]
broker = {{ip}}
port = 1883
username = {{username}}
password = {{password}}
[game]
room_id = {{uuid}}
hint_screen = http://{{ip2}}:8080/hints
[alerts]
duty_manager = {{phone}}
firmware = {{version}}"""),
    ("en", """\
# docker-compose.yml – ice plant and resurfacer monitoring (brine temperature, compressors)
services:
  collector:
    image: registry.example.net/rink/plant-collector:{{version}}
    environment:
      PLC_HOST: "{{ip}}"
      PLC_PASSWORD: "{{password}}"
      INFLUX_TOKEN: "{{token}}"
      ALERT_EMAIL: "{{email}}"
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_USER: {{username}}
      GF_SECURITY_ADMIN_PASSWORD: "{{password2}}"
# deployed {{timestamp}} from {{sha}}"""),
    ("en", """\
apiVersion: v1
kind: Secret
metadata:
  name: coach-telematics
  namespace: fleet
  labels: {release: "{{version}}"}
type: Opaque
stringData:
  TACHO_API_KEY: "{{token}}"
  MAPS_KEY: "{{gcp}}"
  DB_URL: "postgres://fleet:{{password}}@{{hostname}}:5432/telematics"
  OPS_MOBILE: "{{e164}}"
  OPS_EMAIL: "{{internal_email}}"
# checksum {{sha256}}"""),
    ("en", """\
// led-sign-controller.js – shop window LED sign, content pushed from the signs studio
const config = {
  controllerIp: "{{ip}}",
  adminUser: "{{username}}",
  adminPassword: "{{password}}",
  cloudToken: "{{token}}",
  githubToken: "{{github}}",
  customerContact: "{{email}}",
  firmware: "{{version}}",
  panelSerial: "{{serial}}",
};
module.exports = config;"""),
    ("en", """\
# .github/workflows/deploy.yml – allotment society members' site
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SFTP_HOST: {{hostname}}
      SFTP_USER: {{username}}
      SFTP_PASSWORD: "{{password}}"
      MAILCHIMP_KEY: "{{token}}"
      WEBMASTER: {{email}}
    steps:
      - uses: actions/checkout@{{sha}}
      - run: ./deploy.sh   # site version {{version}}"""),
    ("de", """\
# application.properties – Dienstplan und Rufbereitschaft, Hospiz
spring.datasource.url=jdbc:postgresql://{{ip}}:5432/dienstplan
spring.datasource.username={{username}}
spring.datasource.password={{password}}
rufbereitschaft.sms.apikey={{token}}
rufbereitschaft.arzt.telefon={{phone}}
mail.pflegedienstleitung={{internal_email}}
app.version={{version}}
build.commit={{short_sha}}"""),
    ("de", """\
# crontab – Nassbaggerei, Peildaten vom Hopperbagger an das Hafenamt
# m h dom mon dow command
15 * * * * /opt/peilung/upload.sh --host {{ip}} --user {{username}} --pass '{{password}}'
0 6 * * * /opt/peilung/bericht.py --to {{internal_email}} --token {{token}}
# Ansprechpartner Bord: {{name}}, {{e164}} · Version {{version}} · Auftrag {{ticket}}"""),
    ("fr", """\
# settings.py – billetterie du festival du film
DEBUG = False
ALLOWED_HOSTS = ["{{hostname}}"]
SECRET_KEY = "{{token}}"
DATABASES = {
    "default": {"ENGINE": "django.db.backends.postgresql", "HOST": "{{ip}}",
                "USER": "{{username}}", "PASSWORD": "{{password}}", "NAME": "billetterie"},
}
STRIPE_SECRET_KEY = "{{stripe}}"
ADMINS = [("Accréditations", "{{internal_email}}")]
VERSION = "{{version}}"  # {{short_sha}}"""),
    ("fr", """\
# .env – patinoire : caisse, contrôle d'accès et réservations des créneaux
CAISSE_API_URL=https://{{hostname}}/api
CAISSE_LOGIN={{username}}
CAISSE_MOT_DE_PASSE={{password}}
TOURNIQUETS_IP={{ip}}
SMS_CLE_API={{token}}
RESPONSABLE_TECHNIQUE={{email}}
VERSION_APP={{version}}  # {{uuid}}"""),
    ("es", """\
# config.yml – plataforma de reservas de autocares
servidor:
  host: {{hostname}}
  puerto: 8443
base_de_datos:
  host: {{ip}}
  usuario: {{username}}
  contraseña: "{{password}}"
pasarela_pago:
  clave_secreta: "{{stripe}}"
avisos:
  email_operaciones: {{internal_email}}
version: "{{version}}"   # {{digest}}"""),
    ("it", """\
<?php
// config.php – sito del circolo scacchi e bridge (tornei, iscrizioni)
define('DB_HOST', '{{ip}}');
define('DB_USER', '{{username}}');
define('DB_PASSWORD', '{{password}}');
define('MAIL_SEGRETERIA', '{{email}}');
define('SMTP_PASSWORD', '{{password2}}');
define('API_FSI_TOKEN', '{{token}}');
define('VERSIONE', '{{version}}'); // {{short_sha}}"""),
]

PROSE = [
    ("en", """\
Hospice referral – in-patient unit (confidential)

Patient: {{name}}
Date of birth: {{dob}}
NHS/record no.: {{mrn}}
Address: {{street}}, {{townline}}
Next of kin: {{name2}} (son), {{phone}}
GP: Dr {{last3}}, {{company}} Medical Practice
Reason: symptom control, preferred place of care hospice; DNACPR in place
Referral {{ticket}} received {{date}}; form version {{version}}."""),
    ("en", """\
Film submission record – short film competition

Director: {{name}}
Date of birth: {{dob_words}} (eligibility: under 30 on the closing date)
Address: {{street}}, {{townline}}, {{country}}
Email: {{email}} · Mobile: {{intl}}
Film: 14 min, drama; screener link protected, hash {{md5}}
Entry fee paid, payment {{invoice}}; submission {{ticket}}; rights declaration signed on {{date}}."""),
    ("en", """\
Marine crew induction record – backhoe dredger

Name: {{name}}
Date of birth: {{dob}}
Home address: {{street}}, {{townline}}
Seafarer medical valid until {{date}}; STCW basic safety cert. {{serial}}
Emergency contact: {{name2}}, {{phone}}
Payroll: {{account}}; wages to {{iban}}
Inducted by the master, {{first}} {{last}}; induction {{ticket}}."""),
    ("en", """\
Instrument service card

Customer: {{name}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Instrument: upright piano, serial {{serial}}, about 90 years old
Visit {{date}}: pitch raise, two strings replaced (A2, D3), hammers reshaped
Next tuning: six months. Job {{ticket}}, invoice {{invoice}}."""),
    ("en", """\
Junior membership form – chess club

Junior's name: {{name}}
Date of birth: {{dob_iso}}
School year: 6
Parent/guardian: {{name2}}
Address: {{street}}, {{townline}}
Parent's mobile: {{phone}} · Email: {{email}}
Photo consent: yes (club website only)
Grading code {{serial}}; membership {{account}}; form received {{date}}."""),
    ("en", """\
Escape room – participant waiver and incident note

Lead booker: {{name}}
Date of birth: {{dob}}
Mobile: {{phone}}
Booking: {{ticket}}, room 3, 6 players
Incident: a player bumped her head on the low hatch in the second chamber at {{clock}}; ice pack
given, no further treatment wanted. Player: {{name2}}, contact {{phone2}}.
Game master: {{first}}. CCTV clip {{uuid}}; accident book entry {{invoice}}."""),
    ("en", """\
Skating pupil record

Pupil: {{name}}
Date of birth: {{dob}}
Parent/carer: {{name2}}, {{phone}}
Address: {{street}}, {{townline}}
Email: {{email}}
Level: stage 4, passed badges 1-3; medical: asthma (inhaler in bag)
Coach: {{first}} {{last}} · course {{ticket}} · payment {{invoice}}"""),
    ("en", """\
Coach driver record – private hire

Driver: {{name}}
Date of birth: {{dob_words}}
Address: {{street}}, {{townline}}
Mobile: {{phone}}
Driver card no.: {{account}}; licence checked on {{date}}
Bank details for wages: {{iban}}
Depot login: {{username}}
Allocated vehicle: fleet {{serial}}; record {{ticket}}."""),
    ("en", """\
Application for advertisement consent – prepared by the sign maker on behalf of the applicant

Applicant: {{name}}
Applicant's address: {{street}}, {{townline}}
Agent: {{company}} Signs, contact {{first}} {{last}}, {{phone}}, {{email}}
Site: ground-floor shop, conservation area
Proposal: halo-illuminated fascia letters (max. 300 cd/m2) and a non-illuminated projecting sign
Drawings rev. {{version}}; fee paid, receipt {{invoice}}; our job {{ticket}}."""),
    ("en", """\
Allotment tenancy agreement – plot 17B

Tenant: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Rent: 48 pounds a year, payable by 1 October to {{iban}}
The tenant shall keep the plot cultivated, keep no livestock other than hens, and light no bonfires
between April and September. Agreement {{ticket}}; gate key {{serial}}; signed {{date}}."""),
    ("de", """\
Hospiz – Aufnahmebogen

Gast: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Krankenkasse / Versichertennr.: {{account}}
Bevollmächtigte/r: {{name2}}, Tel. {{phone}}
Hausarzt: Dr. {{last3}}
Patientenverfügung: liegt vor
Aufnahme {{ticket}} am {{date}} · Formular {{version}}"""),
    ("de", """\
Mitgliedsantrag Schachverein

Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
E-Mail: {{email}}
Beitrag per SEPA-Lastschrift von {{iban}}
Spielberechtigung beantragt, ID {{serial}} · Antrag {{ticket}} vom {{date}}"""),
    ("fr", """\
Fiche adhérent – jardins familiaux

Nom et prénom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}} – Courriel : {{email}}
Parcelle : 23, 150 m², abri et récupérateur d'eau
Cotisation réglée (reçu {{invoice}}) – dossier {{ticket}} – clé du portail {{serial}}"""),
    ("fr", """\
Fiche conducteur – transport de voyageurs

Nom : {{name}}
Né(e) le : {{dob}}
Adresse : {{street}}, {{townline}}
Portable : {{phone}}
N° de carte conducteur : {{account}}
RIB pour la paie : {{iban}}
Véhicule affecté : autocar {{serial}} – matricule interne {{ticket}}"""),
    ("es", """\
Ficha de alumno – escuela de patinaje sobre hielo

Nombre: {{name}}
Fecha de nacimiento: {{dob}}
Dirección: {{street}}, {{townline}}
Padre/madre o tutor: {{name2}}
Teléfono: {{phone}}
Correo: {{email}}
Nivel: iniciación 2 · Inscripción {{ticket}} · Pago {{invoice}}"""),
    ("it", """\
Scheda socio – circolo del bridge

Nome: {{name}}
Data di nascita: {{dob}}
Indirizzo: {{street}}, {{townline}}
Telefono: {{phone}}
Email: {{email}}
Tessera federale n. {{serial}}
Quota annuale versata con bonifico da {{iban}} · Scheda {{ticket}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
