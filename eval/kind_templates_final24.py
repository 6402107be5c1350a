"""FINAL24 templates of the generalisation corpus kinds (eval.kinds), for the `final24` split.

Written by a helper session after the final22 and final23 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final24`). They imitate what staff and volunteers of harbour
pilotage and towage services, watch and clock repairers, bike-share fleet operators, model railway and
miniature engineering clubs, theatrical costume hire firms, subsea cable repair ships, ice-cream van
rounds, travelling circuses and circus schools, falconry bird-control contractors and organ donation
and transplant coordination offices (their administrative side only: registers, rotas, transport,
expenses, training, volunteers; no clinical detail) paste into an LLM at work: pilot and tug
confirmations, repair estimates, dock-station out-of-office replies, exhibition invitations, costume
hire confirmations with a quoted header, repair mobilisation notices, street-trading renewals, a tour
manager's vCard, gull-control proposals, on-call rota reminders; pilotage dues invoices, insured
watch returns in capitals, key-fob dispatch CSVs, exhibitor YAML, costume collection dockets, crew
change XML, street trading consents, a circus pitch agreement with a PO box, falconry job sheets, a
donor register confirmation letter; pilot boarding VHF logs, a repair counter transcript, a refund
chat, a running-day WhatsApp group, a costume booking call, a ship-to-shore Teams channel, a chimes
complaint, a trapeze class enquiry, an airfield bird-control Slack channel, a retrieval team's
transport booking; pilot dispatch .env files, workshop settings.py, a rebalancing compose file, a
layout-control ini, a hire system config.php, an OTDR trace uploader, a van-round app config, a box
office CI workflow, a falconry field-log JSON, a rota database migration; pilot authorisation records,
repair intake records, bike misuse cases, junior club memberships, hire agreements, cable-ship crew
records, seasonal van staff records, performer records, bird-control contract records and on-call
expense claims.

Checked against the earlier modules' docstrings and templates. Two of the sectors this split's brief
proposed had been used and were replaced by new ones: vineyard harvest crews and wine presses (final20
had vineyards' cellar doors and wine clubs and a harvest seasonal-worker record) by watch and clock
repairers, and drone land surveying (final21 had land-surveying firms, final18 a drone survey deploy
script) by travelling circuses and circus schools. New: watch and clock repairers, bike-share fleets,
model railway and miniature engineering clubs, theatrical costume hire, subsea cable repair ships,
ice-cream vans, circuses, falconry bird control and organ donation coordination. Near earlier ones,
and so other situations: harbour pilots and tugs beside final14's ports, stevedores and shipping lines
and final22's dredging (here pilot boarding, ladders, tug allocation and pilotage dues, not berth
windows, cargo or dredging works); bike-share beside final21's bicycle courier fleet (here docks,
rebalancing vans, battery swaps and members' trips, not deliveries); model railway clubs beside
final14's and final18's rail operators (a hobby club's layouts, exhibitions and boiler tests, not
rolling stock or fares); costume hire beside final18's theatre box offices and final20's opera company
(a hire firm's agreements, fittings, deposits and returns, not tickets or rehearsals); cable repair
ships beside final19's research cruises and final14's seafarer records (a fault repair, jointers and
OTDR traces); organ donation beside final9's blood-donor registrations and final22's hospices (the
coordination office's register, rota, transport and expenses only).
Ordinary text surrounds the values (amounts, berth, station, dock, repeater, pitch and cabin
numbers, tonnages, gauges, sizes, bird counts, ticket, invoice, certificate, consent and licence
numbers, serials, tracking numbers, versions, hashes, UUIDs, VAT ids, hostnames, companies) so that
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
Subject: Pilot and tugs confirmed – inbound call {{ticket}}, boarding 04:30

Dear {{first2}},

Confirming an inbound pilot for your vessel (LOA 294 m, draught 13.8 m), boarding at the outer pilot
station at 04:30 local time. Two tugs of 70 t bollard pull are allocated for the swing and berthing
at Berth 7 and will make fast at the channel buoys. Please have the pilot ladder rigged on the lee
side, 1.5 m above the water, and the master's pilot card ready. Dues will be invoiced to your agency
under {{invoice}}.

Regards,

{{first}} {{last}}
Duty Pilotage Dispatcher
{{company}} Pilotage & Towage
Ops desk (24 h) {{phone}} | Mobile {{e164}}
{{internal_email}} | VHF channel 14"""),
    ("en", """\
Re: Estimate for your chronograph – repair {{ticket}}

Hello {{first2}},

Thank you for sending in the 1970s chronograph. Our watchmaker has opened the case: the mainspring
is tired, the coupling lever is worn and the crystal is cracked at 4 o'clock. A full service with a
new mainspring, a replacement lever and a domed acrylic crystal comes to £385 with a 24-month
guarantee, and we will pressure-test it to 3 bar. Movement serial {{serial}} is noted for your
insurer. Please reply to approve estimate {{invoice}}.

Kind regards,

{{first}} {{last}}
Master Watchmaker (WOSTEP), Service Manager
{{company}} Watch & Clock Repairs
Workshop {{phone}} · {{email}}
Open Tuesday to Saturday, 10:00–17:00"""),
    ("en", """\
Automatic reply: Dock station 214 offline – {{ticket}}

Thanks for your message. I'm off until Monday. For anything urgent on rebalancing, van routes or the
e-bike battery swaps please contact {{name2}} on {{phone2}}; for members' account or billing
questions, the support team at {{email2}}.

{{first}} {{last}} | Fleet Operations Manager
{{company}} Bike Share · 1,850 bikes · 142 docking stations
Depot {{phone}} · {{internal_email}}"""),
    ("en", """\
Dear {{name}},

Thank you for inviting our club to the spring exhibition. We would like to bring the OO gauge layout
"Cliff Top Branch" (7.2 m x 0.9 m, end-to-end with a fiddle yard) and the 7¼ in ground-level
demonstration track with two live-steam locomotives; their boiler test certificates are enclosed. We
need four tables, a 13 A supply and room for the van by the loading door on the Friday evening.
Exhibitor form {{ticket}} attached.

Best wishes,

{{first}} {{last}}
Hon. Exhibition Secretary
{{company}} Model Railway & Miniature Engineering Society
Tel. {{phone}} · Mobile {{e164}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

Lovely to hear from the society again! I've reserved the twelve Victorian costumes for your
production: six frock coats with waistcoats, four bustle dresses and two maid's outfits, hired from
the 3rd to the 24th of next month. Fittings are in the studio on the Saturday from 10:00, and we
alter hems and sleeves on the spot. Deposit £240 (refundable), hire agreement {{invoice}}.

> From: {{email2}}
> Sent: {{timestamp}}
> Subject: Costumes for our autumn show – Victorian melodrama
>
> Could you also do top hats and a policeman's helmet?

Yes, both are in stock; I've added them at no extra charge.

{{first}} {{last}}
Wardrobe & Hire Manager
{{company}} Theatrical Costume Hire
Showroom {{phone}} · Mobile {{e164}}
{{internal_email}}"""),
    ("en", """\
Subject: Repair mobilisation – segment S3, shunt fault between repeaters R14 and R15

All,

The ship sails from the cable depot on Thursday at 18:00 after loading 14 km of spare cable and six
universal joint kits. Transit to the repair ground is about 3.5 days; the ROV will locate the fault,
then we cut, recover both ends, test and make the two final splices. Client representative on board:
{{name}}. Repair ticket {{ticket}}, permit to work at sea {{invoice}}.

Regards,

{{first}} {{last}}
Repair Superintendent, CS Ocean Mender
{{company}} Marine Cable Services
Bridge (satellite) {{intl}} · Office {{phone}}
{{email}}"""),
    ("en", """\
Dear {{first2}},

Please find enclosed my application to renew the street trading consent for my ice cream van for the
summer season (April to September), on the same 14 streets as last year. I keep to the code of
practice on chimes: no longer than 12 seconds, no more than once every two minutes, never before
12:00 or after 19:00, and never near schools, hospitals or places of worship. Food hygiene rating 5,
public liability certificate {{serial}}. The £310 fee was paid online, receipt {{invoice}}.

Many thanks,

{{first}} {{last}}
Owner-operator, {{company}} Ices
Mobile {{phone}} · {{email}}
VAT reg. {{vat}}"""),
    ("en", """\
BEGIN:VCARD
VERSION:4.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Circus;Touring
TITLE:Tour & Site Manager
TEL;TYPE=cell:{{e164}}
TEL;TYPE=work:{{phone}}
EMAIL:{{email}}
NOTE:Big top with a 13 m ring, needs 50 x 50 m of level ground, water and a 63 A three-phase supply. We build the day before the first show. Booking {{ticket}}.
REV:{{timestamp}}
UID:urn:uuid:{{uuid}}
END:VCARD"""),
    ("en", """\
Hi {{first2}},

Following Tuesday's survey: the gull colony on the distribution centre roof is about 60 pairs of
herring and lesser black-backed gulls, nesting on units C and D. We propose daily flights with two
Harris hawks and a peregrine hybrid from early March to the end of July, egg and nest removal under
the general licence, and netting over the loading-bay canopy. Quote {{invoice}} attached; survey
report {{ticket}}.

Best regards,

{{first}} {{last}}
Senior Falconer – Bird Control
{{company}} Falconry Services
Mobile {{e164}} · Office {{phone}}
{{email}}"""),
    ("en", """\
Subject: On-call rota for next month – swaps by Friday please

Hi all,

The coordinators' on-call rota for next month is on the shared drive (rota v{{version}}). Please send
me any swaps by Friday, copying {{name2}}, who signs the rota off. Reminder: the regional training
day is on {{date_words}}; room and lunch numbers need confirming by the 10th. Mileage and overnight
claims for last month go to finance under cost centre 4417.

Thanks,
{{first}}

{{first}} {{last}}
Team Administrator, Organ Donation & Transplant Coordination
{{company}} University Hospitals
Office {{phone}} · {{internal_email}}"""),
    ("de", """\
Betreff: Schlepperbestellung bestätigt – Auslaufen Liegeplatz 42, Auftrag {{ticket}}

Sehr geehrte/r {{name}},

wir bestätigen für Ihr Schiff das Auslaufen am Mittwoch um 05:45 Uhr mit zwei Schleppern (je 60 t
Pfahlzug), einer am Bug, einer achtern. Der Lotse kommt am Liegeplatz an Bord und wird auf der
Außenreede abgesetzt. Bitte melden Sie das Schiff eine Stunde vorher auf UKW-Kanal 12 bei der
Revierzentrale an. Die Rechnung folgt unter {{invoice}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Disposition Schlepp- und Lotsendienst
{{company}} Hafenschlepp GmbH
Tel. {{phone}} · Mobil {{intl}}
{{email}}"""),
    ("de", """\
Hallo {{first2}},

Ihre Standuhr (Viertelschlagwerk, um 1920) ist gut bei uns angekommen. Nach dem Zerlegen: die
Zugfedern sind in Ordnung, aber zwei Lagerbuchsen im Gehwerk sind ausgeschlagen und das Pendel hängt
schief. Die Revision mit Reinigung, neuen Buchsen und Einregulieren kostet 420 € inkl. MwSt.;
Abholung und Aufstellen bei Ihnen zu Hause 60 €. Kostenvoranschlag {{invoice}}, Reparaturschein
{{ticket}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Uhrmachermeisterin
{{company}} Uhren & Schmuck
Werkstatt {{phone}} · {{email}}
USt-IdNr. {{vat}}"""),
    ("fr", """\
Bonjour {{first2}},

La station 0412 est de nouveau hors service depuis ce matin (borne de paiement bloquée, 18 vélos
verrouillés). Un technicien passe avant midi ; en attendant, l'équipe de régulation déplace les vélos
vers les stations 0409 et 0415 avec la camionnette. Les abonnés concernés recevront un avoir de 30
minutes. Incident {{ticket}}.

Cordialement,

{{first}} {{last}}
Responsable exploitation – vélos en libre-service
{{company}}
Tél. {{phone}} · Astreinte {{e164}}
{{internal_email}}"""),
    ("fr", """\
Bonjour {{name}},

L'inscription de votre enfant au stage d'été « Arts du cirque » (8-12 ans, du lundi au vendredi, de
9 h à 16 h) est confirmée : jonglage, trapèze fixe, fil et acrobatie au sol sous le chapiteau de
l'école. Merci de nous faire parvenir la fiche sanitaire et l'autorisation parentale avant le premier
jour. Facture {{invoice}}, dossier {{ticket}}.

Bien à vous,

{{first}} {{last}}
Coordinatrice pédagogique
{{company}} – École des arts du cirque
Accueil {{phone}} · {{email}}"""),
    ("es", """\
Hola, {{first2}}:

Te confirmo la furgoneta de helados para la fiesta del colegio el sábado de 11:00 a 14:00: 150
helados (polos, cucuruchos y tarrinas sin gluten), con toldo y música a volumen bajo. El permiso
municipal de venta ambulante está en vigor (n.º {{serial}}). Presupuesto {{invoice}}; la señal de 50 €
se paga por transferencia.

Un saludo,

{{first}} {{last}}
{{company}} Helados
Móvil {{phone}} · {{email}}
NIF {{vat}}"""),
    ("it", """\
Gentile {{name}},

come concordato, il servizio di allontanamento dei gabbiani dalla discarica con rapaci addestrati
inizierà lunedì all'alba: due falconieri, tre poiane di Harris e un falco pellegrino, con voli
quotidiani per otto settimane e un rapporto settimanale sul numero di uccelli presenti. Offerta
{{invoice}}, verbale di sopralluogo {{ticket}}.

Cordiali saluti,

{{first}} {{last}}
Falconiere – responsabile tecnico
{{company}} Bird Control S.r.l.
Cell. {{intl}} · Ufficio {{phone}}
{{email}} · P. IVA {{vat}}"""),
]

ADDRESS = [
    ("en", """\
PILOTAGE AND TOWAGE DUES – INVOICE {{invoice}}

Bill to (ship's agent):
{{name}}
{{company}} Shipping Agency
{{street}}
{{townline}}
{{country}}

Vessel call {{ticket}}: inward pilotage 11.2 nm, 2 tugs x 2.5 h, mooring boat
Total due: 14,860.00, 30 days net
Pay to: {{iban}} · VAT {{vat}}"""),
    ("en", """\
INSURED – SIGNATURE ON DELIVERY

SHIP TO:
{{name_uc}}
{{street_uc}}
{{unit_uc}}
{{townline_uc}}
{{country_uc}}

FROM: {{company_uc}} WATCH & CLOCK REPAIRS, RETURNS DESK
CONTENTS: 1 X WRISTWATCH (SERVICED), 1 X SPARE STRAP
DECLARED VALUE 1,200 · REPAIR {{ticket}} · SPECIAL DELIVERY {{tracking}}"""),
    ("en", """\
member_id,name,street,town_line,address_checked,fob_serial,plan,posted
{{account}},{{name}},{{street}},{{townline}},yes,{{serial}},annual,{{date}}
{{account2}},{{name2}},{{street2}},{{townline2}},yes,{{serial2}},monthly,{{date}}
{{account3}},{{name3}},{{street3}},{{townline3}},no,{{serial3}},annual,{{date}}
# bike-share key fobs posted in padded envelopes, batch {{ticket}} · export {{uuid}}"""),
    ("en", """\
# exhibitors.yml – spring model railway exhibition, layouts and trade stands
- layout: "Cliff Top Branch"
  gauge: OO
  size_m: [7.2, 0.9]
  contact: "{{name}}"
  post_to: "{{street}}, {{townline}}"
  phone: "{{phone}}"
  tables: 4
- layout: "Slate Quarry Tramway"
  gauge: "009"
  size_m: [3.0, 0.6]
  contact: "{{name2}}"
  post_to: "{{street2}}, {{townline2}}"
  phone: "{{phone2}}"
  tables: 2
# exhibitor passes posted {{date}}; list rev {{version}}"""),
    ("en", """\
COURIER COLLECTION – COSTUME RETURN

Collect from: {{name}} (wardrobe mistress)
              {{company}} Amateur Operatic Society
              {{street}}
              {{unit}}
              {{townline}}
Contact on the day: {{phone}}
Items: 3 wicker hampers, 1 hat box, 14 garment bags (see hire agreement {{invoice}})
Collection window 09:00–13:00 · consignment {{tracking}} · job {{ticket}}"""),
    ("en", """\
<crewChange vessel="CS Ocean Mender" portCall="{{ticket}}">
  <joining>
    <name>{{name}}</name>
    <rank>Jointer (cable splicer)</rank>
    <homeAddress>{{street}}, {{townline}}, {{country}}</homeAddress>
    <mobile>{{e164}}</mobile>
  </joining>
  <leaving>
    <name>{{name2}}</name>
    <rank>ROV supervisor</rank>
    <homeAddress>{{street2}}, {{townline2}}, {{country2}}</homeAddress>
  </leaving>
  <launch time="{{clock}}" from="pilot pontoon"/>
  <booking ref="{{invoice}}" id="{{uuid}}"/>
</crewChange>"""),
    ("en", """\
STREET TRADING CONSENT – MOBILE ICE CREAM VEHICLE

Consent holder:
  {{name}}
  trading as {{company}} Ices
  {{street}}
  {{townline}}

Consent no. {{ticket}} · valid 1 April to 30 September · fee receipt {{invoice}}
Conditions: no trading within 100 m of a school between 08:00 and 16:30; chimes as in the code of
practice; no more than 10 minutes in one street; food hygiene certificate {{serial}} on display."""),
    ("en", """\
PITCH AGREEMENT – TOURING CIRCUS

Landowner:  {{name}}
            {{pobox}}
            {{townline}}
            {{country}}
Circus:     {{company}} Circus (tour manager {{name2}}, {{phone}})
Site:       lower showground field, 2.1 ha, access from the farm gate
Dates:      build on Monday, shows Tuesday to Sunday, pull-down by Monday 12:00
Ground rent 1,800 plus a refundable reinstatement deposit of 500; agreement {{invoice}}, licence {{ticket}}"""),
    ("en", """\
JOB SHEET – BIRD CONTROL (FALCONRY)

Site: {{company}} distribution centre
      {{street}}
      {{unit}}
      {{townline}}
Site contact: {{name}}, {{phone}}
Invoice to: Accounts Payable, {{street2}}, {{townline2}}
Birds flown: 2 Harris hawks, 1 peregrine hybrid · 3 h on site · gulls counted 64 -> 21
Visit {{ticket}} · PO {{invoice}} · falconer ID {{serial}}"""),
    ("en", """\
Organ Donation Services – Register Office
{{pobox}}
{{townline2}}

{{name}}
{{street}}
{{townline}}

Date: {{date}}
Your organ donor register number: {{account}}
Our reference: {{ticket}}

Thank you: your decision has been recorded. This letter confirms your registration only; we hold no
health information about you. To change or withdraw your decision, call the donor line or use the
online form, quoting the numbers above."""),
    ("de", """\
Absender: {{company}} Eisenbahnfreunde e. V. · {{pobox}} · {{townline2}}

{{name}}
{{street}}
{{townline}}
{{country}}

Vereinsheft Nr. 87 – Mitgliedsnr. {{account}} – Beitrag bezahlt bis Jahresende
Beilage: Einladung zum Fahrtag auf der 5-Zoll-Gartenbahn, Anmeldebogen {{ticket}}"""),
    ("de", """\
Versand Teilnahmebescheinigung – Fortbildung Transplantationsbeauftragte

Frau/Herrn
{{name}}
{{company}} Klinikum, Stabsstelle Organspende
{{street}}
{{townline}}

Kurs: Curriculum Transplantationsbeauftragte, 40 Stunden, Modul Angehörigengespräch
Bescheinigung Nr. {{serial}} · Teilnehmernummer {{account}} · Rechnung {{invoice}}"""),
    ("fr", """\
BON DE RETOUR – LOCATION DE COSTUMES

Loueur : {{company}} Costumes de scène
Client : {{name}}
Adresse : {{street}}
{{townline}}
{{country}}
Tél. : {{phone}}
Retour prévu le {{date}} : 6 robes à crinoline, 6 habits à queue, 12 perruques poudrées
Contrat {{invoice}} · caution 450 € · colis {{tracking}}"""),
    ("fr", """\
AVIS D'ARRIVÉE – bobines de câble sous-marin de rechange

Destinataire : dépôt câblier, à l'attention de {{name}}
{{street}}
{{unit}}
{{townline}}
Contact quai : {{phone}}
Marchandise : 2 bobines (9,5 km), 6 kits de jonction, 1 caisse de répéteur
Navire {{ticket}} · connaissement {{invoice}} · scellé {{serial}}"""),
    ("es", """\
FACTURA DE PRACTICAJE Y REMOLQUE

Consignatario:
{{name}}
{{company}} Consignaciones Marítimas
{{street}}
{{townline}}
{{country}}

Escala {{ticket}}: practicaje de entrada y atraque, 2 remolcadores, amarre
Total: 9.420,00 € · factura {{invoice}} · NIF {{vat}}
Pago a: {{iban}}"""),
    ("it", """\
AUTORIZZAZIONE AL COMMERCIO SU AREE PUBBLICHE – tipo B (itinerante)

Titolare: {{name}}
Residenza: {{street}}
{{townline}}
Recapito: {{phone}}
Attività: vendita di gelati e bibite con furgone attrezzato
Autorizzazione n. {{ticket}} · SCIA sanitaria {{serial}} · marca da bollo {{invoice}}
Sosta massima 60 minuti nello stesso punto."""),
]

DIALOGUE = [
    ("en", """\
VHF log – pilot boarding, outer pilot station

[{{clock}}] Pilot launch: Inbound vessel, pilot launch on your starboard quarter. Ladder starboard side please, one metre above the water.
[{{clock2}}] Bridge: Pilot launch, ladder rigged starboard side, speed 8 knots, course 040.
[{{clock3}}] Pilot launch: Pilot {{last}} boarding now.
[{{clock4}}] Bridge: Pilot on board. The master is {{name}}.
[{{clock5}}] Pilot {{last}}: VTS, pilot on board the inbound, tugs to meet us at the breakwater, job {{ticket}}.
[{{clock6}}] VTS: Copied, tugs informed. The agent asks you to call {{phone}} after berthing."""),
    ("en", """\
Counter transcript – repair intake (shop recording, for training)

Watchmaker: Good morning, how can I help?
Customer: Hi, this was my grandfather's pocket watch. It stopped years ago and the glass is loose.
Watchmaker: Lovely, a full hunter with a lever movement. Can I take a name for the repair ticket?
Customer: {{name}}.
Watchmaker: And a phone number and email, so we can send you the estimate?
Customer: {{phone}}, and it's {{email}}.
Watchmaker: Thank you. Your ticket is {{ticket}}; the estimate usually takes ten working days.
Customer: There's an engraving inside the case, please don't polish it away.
Watchmaker: Noted on the ticket."""),
    ("en", """\
Live chat – bike share support

Member: I was charged £18 for a ride I ended an hour earlier, the dock said the bike was locked
Agent ({{first}}): Sorry about that! Can you confirm the email on your account?
Member: {{email}}
Agent ({{first}}): Thanks. I can see the trip: bike {{serial}} was docked at station 214 but the lock did not report, so the trip kept running.
Member: So can you refund it? My username is {{username}} if that helps
Agent ({{first}}): Done, refund {{invoice}} of £17.40 is on its way, 3-5 working days. I've also logged the dock fault as {{ticket}}."""),
    ("en", """\
WhatsApp – club running day 🚂

[{{clock}}] {{first}} {{last}}: Steam up from 09:00 on Sunday on the ground-level track. Who's on the gate?
[{{clock2}}] {{first2}}: Me and {{first3}} till 12, then {{name}} takes over
[{{clock3}}] {{first}} {{last}}: Thanks. The boiler inspector comes at 08:30 for the two 0-4-0 tanks, certs {{serial}} and {{serial2}}
[{{clock4}}] {{first3}}: If anyone's locked out, ring me on {{phone}}
[{{clock5}}] {{first2}}: Passenger rides £2, float in the tin, the treasurer wants the count by 17:00"""),
    ("en", """\
Costume hire – phone booking

Staff: {{company}} Costume Hire, {{first}} speaking.
Caller: Hi, I'm calling from the youth theatre. We need twenty-five costumes for a musical set in the 1920s, flappers and gangsters mostly.
Staff: We can do that. When is the show?
Caller: Three nights, the week after half term. The fitting could be the Saturday before.
Staff: Great. Can I take your name and a mobile?
Caller: {{name}}, {{phone}}.
Staff: And where should I send the hire agreement?
Caller: {{email}}. Invoice the school, please, purchase order {{invoice}}.
Staff: Lovely, provisional booking {{ticket}}, held for seven days."""),
    ("en", """\
Teams – #repair-s3 (ship and shore)

[{{timestamp}}] {{first}} {{last}} (ship): OTDR from the cut end puts the fault 2.3 km further east than the shore estimate.
[{{timestamp2}}] {{first2}} (shore NOC): Agreed, that fits a shunt fault. Permit amended, {{ticket}}.
[{{timestamp3}}] {{first}} {{last}} (ship): Crew change by launch tomorrow: {{name}} joins, {{name2}} leaves early for family reasons.
[{{timestamp4}}] {{first2}} (shore NOC): Travel booked; {{name2}} can be reached on {{phone}} once ashore.
[{{timestamp5}}] {{first}} {{last}} (ship): Final splice expected at {{clock}} UTC. Satellite phone on the bridge: {{intl}}."""),
    ("en", """\
Council contact centre – call note (environmental health)

Advisor: Environmental health, how can I help?
Caller: There's an ice cream van playing its chimes outside my house every evening at half eight, my kids are trying to sleep.
Advisor: I'm sorry to hear that. Do you know the name on the van?
Caller: It says {{company}} Ices on the side. The driver told me his name was {{first2}}.
Advisor: Thank you. Can I take your name, address and a number?
Caller: {{name}}, {{street}}, {{townline}}, and my mobile is {{phone}}.
Advisor: Chimes after 19:00 breach the code of practice. I'll pass this to the street trading team, reference {{ticket}}."""),
    ("en", """\
Circus school – phone enquiry

Reception: {{company}} Circus School, hello!
Parent: Hi, I'd like to book my daughter onto the Saturday trapeze class for beginners.
Reception: Lovely. How old is she? That class is for 9 to 13.
Parent: She's ten, born {{dob}}. Her name is {{first2}} {{last}}.
Reception: And your name and a number in case we need you during the class?
Parent: {{first}} {{last}}, {{phone}}.
Reception: Great. I'll email you the consent form, which address?
Parent: {{email}}.
Reception: Booked, reference {{ticket}}. Soft shoes or bare feet, and no jewellery."""),
    ("en", """\
#bird-control-airfield (Slack)

[{{clock}}] {{first}}: Morning. 2 Harris hawks flown on the east apron, rooks and lapwings moved off the grass strip
[{{clock2}}] {{first2}} {{last2}}: The tower logged 3 bird strikes this week, all gulls near the threshold of runway 27
[{{clock3}}] {{first}}: OK, I'll bring the peregrine tomorrow and fly the threshold at first light. Need an airside escort though
[{{clock4}}] {{first2}} {{last2}}: Escort booked with ops, the duty manager is {{name}} on {{phone}}
[{{clock5}}] {{first}}: Cheers. Logging today as {{ticket}}, bird count sheet rev {{version}}"""),
    ("en", """\
Transport desk – call log (organ donation team logistics)

Coordinator ({{first}}): Hi, it's the organ donation coordination office. I need to book transport for a retrieval team tonight.
Transport desk: Of course. How many travelling, and from where?
Coordinator ({{first}}): Five staff plus equipment boxes, from the hospital's main entrance to the airport business terminal, pick-up at {{clock}}.
Transport desk: And the lead name for the booking?
Coordinator ({{first}}): {{name}}. Their mobile is {{phone}}.
Transport desk: Thank you. Cost code?
Coordinator ({{first}}): Organ donation services, cost centre 4417, PO {{invoice}}.
Transport desk: Booked, job {{ticket}}. The driver will call {{name}} on arrival."""),
    ("de", """\
Ordnungsamt – Telefonnotiz Reisegewerbe

Sachbearbeiterin ({{first}}): Ordnungsamt, Gewerbeangelegenheiten, guten Tag.
Anrufer: Guten Tag, hier {{name}}. Ich fahre mit meinem Eiswagen durch die Wohngebiete und möchte meine Reisegewerbekarte verlängern.
Sachbearbeiterin ({{first}}): Gern. Haben Sie die Nummer Ihrer bisherigen Karte?
Anrufer: Ja, {{serial}}. Erreichbar bin ich unter {{phone}}.
Sachbearbeiterin ({{first}}): Danke. Bitte reichen Sie das Führungszeugnis und die Belehrung nach dem Infektionsschutzgesetz ein. Vorgang {{ticket}}."""),
    ("de", """\
Gemeindeverwaltung – Gesprächsnotiz Zirkusgastspiel

Verwaltung ({{first}}): Liegenschaftsamt, guten Morgen.
Anrufer: Guten Morgen, hier {{name}} vom Zirkus {{company}}. Wir würden im Mai gern fünf Tage auf dem Festplatz gastieren.
Verwaltung ({{first}}): Mit Tieren?
Anrufer: Nur Pferde und Ponys, keine Wildtiere. Das Zelt hat 800 Plätze.
Verwaltung ({{first}}): Dann brauche ich den Antrag, das Prüfbuch des Zelts und die Haftpflichtpolice. Ihre Rückrufnummer?
Anrufer: {{phone}}, oder per E-Mail an {{email}}.
Verwaltung ({{first}}): Notiert, Vorgang {{ticket}}."""),
    ("fr", """\
Journal VHF – station de pilotage, canal 12

[{{clock}}] Pilotine : Navire entrant, ici la pilotine, échelle côté bâbord, un mètre au-dessus de l'eau s'il vous plaît.
[{{clock2}}] Passerelle : Échelle parée à bâbord, vitesse 7 nœuds.
[{{clock3}}] Pilote ({{first}} {{last}}) : À bord. Commandant {{name}}, nous prenons deux remorqueurs à la digue.
[{{clock4}}] Remorqueur : Bien reçu, on se présente à l'avant dans dix minutes.
[{{clock5}}] Pilote ({{first}} {{last}}) : Capitainerie, mouvement {{ticket}}, l'agent est joignable au {{phone}}."""),
    ("fr", """\
Aéroport – journal de l'effarouchement animalier

[{{clock}}] Fauconnier ({{first}}) : Tour, ici le fauconnier, je demande l'accès à la bande ouest avec deux buses de Harris.
[{{clock2}}] Tour : Accès approuvé jusqu'au prochain atterrissage, escorte par {{name}}.
[{{clock3}}] Fauconnier ({{first}}) : Une vingtaine de goélands posés près du seuil, vol en cours.
[{{clock4}}] Tour : Reçu. Le responsable du péril animalier vous demande de le rappeler au {{phone}}.
[{{clock5}}] Fauconnier ({{first}}) : Piste dégagée. Fiche d'intervention {{ticket}}, comptage joint."""),
    ("es", """\
WhatsApp – alquiler de vestuario teatral

[{{clock}}] Cliente: Hola, ¿tenéis vestuario del Siglo de Oro para 18 actores? Es para un montaje en octubre.
[{{clock2}}] {{company}} Vestuario ({{first}}): ¡Hola! Sí: jubones, capas, gorgueras y sayas. ¿Para qué fechas?
[{{clock3}}] Cliente: Del 2 al 20. Soy {{name}}, de la compañía; mi móvil es {{phone}}.
[{{clock4}}] {{company}} Vestuario ({{first}}): Perfecto. Te envío el contrato a {{email}}. Fianza de 600 €.
[{{clock5}}] Cliente: Genial, hacemos la prueba el sábado por la mañana.
[{{clock6}}] {{company}} Vestuario ({{first}}): Reservado, referencia {{ticket}}."""),
    ("it", """\
Gruppo fermodellistico – chat Telegram

[{{clock}}] {{first}} {{last}}: Ragazzi, domenica plastico aperto al pubblico, scala H0, dalle 10 alle 18.
[{{clock2}}] {{first2}}: Porto io le due locomotive a vapore vivo per il circuito da giardino, serve la prova della caldaia.
[{{clock3}}] {{first}} {{last}}: Il collaudatore è {{name}}, chiamalo al {{phone}}.
[{{clock4}}] {{first2}}: Fatto. Ho anche pagato la quota sociale, tessera {{account}}.
[{{clock5}}] {{first}} {{last}}: Verbale della riunione {{ticket}} nella cartella condivisa."""),
]

CODE = [
    ("en", """\
# pilot-dispatch/.env – pilot and tug allocation system (production)
APP_ENV=production
DATABASE_URL=postgres://{{username}}:{{password}}@{{ip}}:5432/pilotage
AIS_FEED_URL=https://{{hostname}}/ais/stream
AIS_FEED_KEY={{token}}
TUG_PORTAL_USER={{username2}}
TUG_PORTAL_PASSWORD={{password2}}
SMS_GATEWAY_TOKEN={{token2}}
DUTY_ROSTER_MAILBOX={{internal_email}}
RELEASE={{version}}"""),
    ("en", """\
# repair_tracker/settings.py – workshop job tracking (watch & clock repairs)
WORKSHOP_NAME = "Bench 3 – vintage and mechanical"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "HOST": "{{ip}}",
        "USER": "{{username}}",
        "PASSWORD": "{{password}}",
        "NAME": "repairs",
    },
}
SHOP_ADMIN_TOKEN = "{{token}}"
COURIER_API_KEY = "{{token2}}"
SERVICE_MANAGER_EMAIL = "{{email}}"
TIMEGRAPHER_EXPORT_DIR = "/srv/timegrapher/exports"
VERSION = "{{version}}"  # {{short_sha}}"""),
    ("en", """\
# docker-compose.yml – bike-share rebalancing optimiser and dock telemetry
services:
  rebalancer:
    image: registry.local/fleet/rebalancer:{{version}}
    environment:
      GBFS_URL: https://{{hostname}}/gbfs/station_status.json
      DOCK_API_TOKEN: "{{token}}"
      MAPS_API_KEY: "{{gcp}}"
      VAN_TELEMATICS_USER: {{username}}
      VAN_TELEMATICS_PASSWORD: "{{password}}"
  telemetry:
    image: registry.local/fleet/dock-telemetry:{{version2}}
    environment:
      MQTT_HOST: {{ip}}
      ALERT_WEBHOOK: "{{slack_hook}}"
      ONCALL: {{email}}
# deployed from {{short_sha}}"""),
    ("en", """\
; layout-control.ini – club layout: DCC command station, web throttles, turnout servos
[command_station]
host = {{ip}}
port = 2560
firmware = {{version}}
[web_throttle]
admin_user = {{username}}
admin_password = {{password}}
[members_site]
ftp_user = {{username2}}
ftp_password = {{password2}}
[notify]
exhibition_secretary = {{email}}
layout_id = {{uuid}}"""),
    ("en", """\
<?php
// config.php – costume hire booking system (hire calendar, deposits, fittings)
define('DB_HOST', '{{ip}}');
define('DB_USER', '{{username}}');
define('DB_PASS', '{{password}}');
define('STRIPE_SECRET', '{{stripe}}');
define('MAILER_USER', '{{internal_email}}');
define('MAILER_PASS', '{{password2}}');
define('DEPOSIT_PERCENT', 30);
define('APP_VERSION', '{{version}}');
// last deploy {{timestamp}} by {{username2}}"""),
    ("en", """\
#!/usr/bin/env python3
# upload_otdr.py – pushes OTDR traces and ROV video logs from the cable ship to the shore NOC
import boto3

session = boto3.Session(aws_access_key_id="{{aws_key}}", aws_secret_access_key="{{aws_secret}}")
s3 = session.client("s3")
VSAT_PROXY = "http://{{ip}}:3128"
NOC_API = "https://{{hostname}}/repairs/traces"
NOC_TOKEN = "{{token}}"
REPORT_TO = ["{{email}}", "{{internal_email}}"]
# trace set checksum {{sha256}}, segment S3, repair {{ticket}}"""),
    ("en", """\
// route-app/config.js – ice cream van rounds: route timings, chimes schedule, card reader
export default {
  api: { baseUrl: "https://{{hostname}}/v1", key: "{{token}}" },
  cardReader: { merchantId: "{{account}}", secret: "{{stripe}}" },
  owner: { name: "{{name}}", mobile: "{{phone}}" },
  chimes: { maxSeconds: 12, notBefore: "12:00", notAfter: "19:00" },
  build: "{{version}}"
};"""),
    ("en", """\
# .github/workflows/deploy-tickets.yml – touring circus box-office site
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      TOUR_API_URL: https://{{hostname}}/tour-dates
      SFTP_HOST: {{ip}}
      SFTP_USER: {{username}}
      SFTP_PASSWORD: "{{password}}"
      PAYMENT_KEY: "{{stripe}}"
      NPM_TOKEN: "{{token}}"
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: ./deploy.sh --release {{version}}
# maintainer: {{email}}"""),
    ("en", """\
{
  "app": "falconry-fieldlog",
  "sync": {
    "endpoint": "https://{{hostname}}/api/flights",
    "user": "{{username}}",
    "password": "{{password}}",
    "api_key": "{{token}}"
  },
  "licence_returns_contact": "{{email}}",
  "weather_api_key": "{{gcp}}",
  "device": "{{serial}}",
  "schema": "{{version}}"
}"""),
    ("en", """\
-- rota_db/migrations/0042_service_accounts.sql – coordinators' on-call rota and travel bookings
CREATE USER {{username}} WITH PASSWORD '{{password}}';
GRANT SELECT, INSERT ON rota_slots, travel_bookings TO {{username}};
INSERT INTO integrations (name, endpoint, api_key, owner_email) VALUES
  ('taxi-account', 'https://{{hostname}}/bookings', '{{token}}', '{{internal_email}}'),
  ('sms-alerts', 'https://{{hostname2}}/send', '{{token2}}', '{{email}}');
-- applied {{timestamp}}, checksum {{md5}}"""),
    ("de", """\
# akku_tausch.py – Tourenplanung Akkutausch E-Bikes (Leihradsystem)
import requests

API = "https://{{hostname}}/flotte/akkus"
TOKEN = "{{token}}"
DB = dict(host="{{ip}}", user="{{username}}", passwort="{{password}}")
KARTEN_SCHLUESSEL = "{{gcp}}"
BENACHRICHTIGUNG = "{{email}}"


def leere_akkus(schwelle=20):
    antwort = requests.get(API, headers={"Authorization": "Bearer " + TOKEN}, params={"unter": schwelle})
    return antwort.json()
# Version {{version}} · Commit {{short_sha}}"""),
    ("de", """\
; reparatur-bruecke.ini – Kabelreparaturschiff, Datenverbindung Brücke und Landstation
[vsat]
modem = {{ip}}
benutzer = {{username}}
passwort = {{password}}
[noc]
endpunkt = https://{{hostname}}/reparaturen
api_schluessel = {{token}}
[s3_archiv]
zugriffsschluessel = {{aws_key}}
geheimschluessel = {{aws_secret}}
[kontakt]
superintendent = {{email}}
software = {{version}}"""),
    ("fr", """\
# atelier.yml – logiciel de suivi des réparations, horlogerie
base:
  hote: {{ip}}
  utilisateur: {{username}}
  mot_de_passe: "{{password}}"
boutique_en_ligne:
  cle_api: "{{token}}"
  webhook: "{{slack_hook}}"
expedition:
  compte_transporteur: "{{account}}"
  mot_de_passe: "{{password2}}"
contact_atelier: {{email}}
version: "{{version}}"  # {{short_sha}}"""),
    ("fr", """\
# planning-astreintes.properties – coordination hospitalière des prélèvements (planning et frais)
planning.db.url=jdbc:postgresql://{{ip}}:5432/astreintes
planning.db.user={{username}}
planning.db.password={{password}}
sms.api.cle={{token}}
transport.compte={{account}}
transport.api.url=https://{{hostname}}/reservations
secretariat.email={{internal_email}}
app.version={{version}}"""),
    ("es", """\
# .env – escuela de circo: inscripciones, pagos y cámaras de la carpa
INSCRIPCIONES_URL=https://{{hostname}}
BD_HOST={{ip}}
BD_USUARIO={{username}}
BD_CLAVE={{password}}
PASARELA_PAGO_CLAVE={{stripe}}
CAMARAS_NVR_USUARIO={{username2}}
CAMARAS_NVR_CLAVE={{password2}}
AVISOS_EMAIL={{email}}
VERSION={{version}}"""),
    ("it", """\
<!-- pilotaggio.xml – gestione manovre: piloti, rimorchiatori, ormeggiatori -->
<configurazione>
  <database host="{{ip}}" utente="{{username}}" password="{{password}}"/>
  <ais url="https://{{hostname}}/ais" chiave="{{token}}"/>
  <notifiche email="{{email}}" sms_token="{{token2}}"/>
  <versione>{{version}}</versione>
  <build>{{sha}}</build>
</configurazione>"""),
]

PROSE = [
    ("en", """\
Marine pilot – authorisation record (pilotage authority, HR)

Pilot: {{name}}
Date of birth: {{dob}}
Home address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Authorisation: Class 1, vessels up to 300 m LOA, tug-assisted berthing
Certificate of competency {{serial}}; seafarer medical valid until {{date}}
Dispatch system login: {{username}}
Record {{ticket}}, last reviewed by the Harbour Master's office; form v{{version}}."""),
    ("en", """\
Repair record – customer and item

Customer: {{name}}
Phone: {{phone}} · Email: {{email}}
Address: {{street}}, {{townline}}
Item: gold full-hunter pocket watch, lever movement, engraved inside the back
Case number: {{serial}} · insurance valuation 2,400
Work: full service, new balance staff, glass refitted; 12-month guarantee
Collection only with the repair ticket {{ticket}} and photo ID; estimate {{invoice}} approved."""),
    ("en", """\
Member account – misuse and damage case (bike share)

Member: {{name}}
Username: {{username}}
Date of birth: {{dob}}
Email: {{email}} · Mobile: {{phone}}
Billing address: {{street}}, {{townline}}
Account no. {{account}}; plan: annual, payment card ending 4417
Incident: e-bike {{serial}} left undocked overnight, rear light broken
Charge: £45 (damage) + £20 (undocked fee); case {{ticket}}, invoice {{invoice}}."""),
    ("en", """\
Membership application – junior section (under 18)

Applicant: {{name}}
Date of birth: {{dob_words}}
Parent or guardian: {{name2}}
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Interests: OO gauge, live steam (driving on the 7¼ in track only with an adult)
Safeguarding consent signed; photo consent: no
Membership no. {{account}}; fee paid, receipt {{invoice}}."""),
    ("en", """\
Hire agreement – customer record

Hirer: {{name}}
Date of birth: {{dob}} (ID seen: driving licence)
Address: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Costumes: 2 Regency gowns, 1 tailcoat, 1 bicorne hat, 3 wigs
Hired {{date}} for 7 days; deposit £150 taken by card
Agreement {{invoice}} · garment tags {{serial}} · customer no. {{account}}"""),
    ("en", """\
Crew record – cable ship (HR, confidential)

Name: {{name}}
Date of birth: {{dob}}
Nationality: {{country}}
Home address: {{street}}, {{townline}}
Next of kin: {{name2}}, {{intl}}
Rank: cable jointer, 28 days on / 28 off
Certificates: STCW basic safety {{serial}}, jointing qualification {{serial2}}
Salary paid to: {{iban}}
Payroll no. {{account}} · record {{ticket}} · matrix v{{version}}"""),
    ("en", """\
Seasonal staff record – ice cream van rounds

Name: {{name}}
Date of birth: {{dob_words}}
Address: {{street}}, {{townline}}
Mobile: {{phone}}
Role: van assistant, weekends and school holidays
Food hygiene level 2 certificate {{serial}}; right to work checked on {{date}}
Wages paid to: {{iban}}
Staff no. {{account}} · contract {{invoice}}"""),
    ("en", """\
Performer record – touring season

Artist: {{name}}
Date of birth: {{dob}}
Nationality: {{country}}
Act: aerial hoop and cloud swing (own rigging, inspected {{date}})
Agent: {{name2}}, {{email}}
Mobile on tour: {{e164}}
Caravan pitch 14; weekly fee paid to {{iban}}
Contract {{invoice}} · rigging certificate {{serial}} · performer no. {{account}}"""),
    ("en", """\
Bird control contract – client and licence record

Client contact: {{name}}, Facilities Manager, {{company}}
Site: {{street}}, {{townline}}
Phone: {{phone}} · Email: {{email}}
Falconer in charge: {{name2}}
Birds: Harris hawk ring no. {{serial}}, peregrine hybrid ring no. {{serial2}}
General licence actions (eggs and nests) reported by {{date}}
Contract {{invoice}}, 12 visits a month; job file {{ticket}}."""),
    ("en", """\
Expenses claim – on-call coordinator (finance; no patient details)

Employee: {{name}}
Employee no.: {{account}}
Home address (mileage start): {{street}}, {{townline}}
Bank account for reimbursement: {{iban}}
Claim: 184 miles (on-call, two night call-outs), one hotel night, parking £14.50
Dates: {{date}} and {{date2}}
Approved by: {{name2}}, Team Manager
Claim {{invoice}} · cost centre 4417 · ref {{ticket}}"""),
    ("de", """\
Reparaturannahme – Kundendaten

Name: {{name}}
Telefon: {{phone}} · E-Mail: {{email}}
Anschrift: {{street}}, {{townline}}
Uhr: Herren-Taschenuhr, Silber, Zylinderhemmung, Deckel graviert
Gehäusenummer: {{serial}}
Kostenvoranschlag {{invoice}} · Abholung nur gegen Abholschein {{ticket}}"""),
    ("de", """\
Mitarbeiterbogen – Falknerei, Vergrämungsdienst

Name: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
Falknerjagdschein Nr. {{serial}}; Sachkunde Greifvogelhaltung
Bankverbindung: {{iban}}
Personalnummer {{account}} · Vertrag {{invoice}}"""),
    ("fr", """\
Fiche vendeur saisonnier – camion de glaces

Nom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}} · E-mail : {{email}}
Attestation de formation hygiène alimentaire {{serial}}
RIB : {{iban}}
Contrat saisonnier {{invoice}}, juillet et août"""),
    ("fr", """\
Fiche d'adhésion – club de modélisme ferroviaire

Nom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}} · E-mail : {{email}}
Échelle : HO, réseau modulaire ; intéressé par la vapeur vive
Identifiant du forum : {{username}}
Numéro d'adhérent {{account}} · cotisation réglée, reçu {{invoice}}"""),
    ("es", """\
Ficha de voluntario – campaña de donación de órganos (stand informativo)

Nombre: {{name}}
Fecha de nacimiento: {{dob}}
Domicilio: {{street}}, {{townline}}
Teléfono: {{phone}} · Correo: {{email}}
Disponibilidad: sábados por la mañana
Formación de voluntariado completada el {{date}}
Voluntario n.º {{account}} · expediente {{ticket}}"""),
    ("it", """\
Scheda cliente – noleggio costumi teatrali

Cliente: {{name}}
Data di nascita: {{dob}}
Indirizzo: {{street}}, {{townline}}
Cellulare: {{phone}} · Email: {{email}}
Documento verificato: carta d'identità
Costumi: 4 abiti settecenteschi, 2 tricorni, 4 parrucche
Contratto {{invoice}} · cauzione 300 € · riconsegna entro il {{date}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
