"""FINAL20 templates of the generalisation corpus kinds (eval.kinds), for the `final20` split.

Written by a helper session after the final18 and final19 splits had been scored once, without ever
running the detection engine on them or reading its code, any results or any split's misses: only the
labelled texts themselves were generated and checked by the tests. Never to be tuned on: the lead
scores them once (`python -m eval --split final20`). They imitate what employees of flight schools,
auction houses, beekeeping co-operatives, opera companies, hot-air balloon operators, scaffolding
firms, vineyards' cellar doors and wine clubs, tutoring agencies, riding stables and livery yards and
chimney sweeps paste into an LLM at work: first-solo bookings, consignment receipts, extraction-room
bookings, rehearsal calls, balloon flight rebookings, scaffold handovers, wine-club allocations, tutor
introductions, livery out-of-office replies, sweep vCards; logbook returns, lot shipping labels,
nucleus colony dispatch lists, visiting artists' lodgings, retrieve-crew landing lists, scaffold
delivery notes with bank details, wine-club shipments, home-tutoring rosters, horse transport
bookings, landlord's copies of sweep certificates; ground-school group chats, telephone bidding,
swarm hotline calls, stage-management chats, balloon booking calls, scaffold strike calls, missing
wine-club parcels, tutoring enquiries, riding lesson bookings, sweep bookings through a letting
agent; flight-booking .env files, live-bidding configs, hive-scale gateways, surtitle servers,
launch-weather scripts, inspection app signing properties, cellar-door shop configs, tutor-matching
scripts, a livery yard's home-automation secrets, a sweep booking app's CI workflow; student pilot
enrolments, bidder registrations, apiary registrations, artist engagement records, passenger
manifests, scaffold incident reports, wine-club memberships, tutor safeguarding checks, rider
registrations and sweeping certificates. Checked against the earlier modules' docstrings: none of
these trades is there; final14 and final18 had orthodontics, final18 theatre box offices and final15
water utilities, so those are left out, and the opera company here is its artistic administration
and stage management, not its box office.
Ordinary text surrounds the values (amounts, lot, sale and hive numbers, aircraft and fleet numbers,
voucher, scaffold tag and certificate numbers, wine vintages, case counts, build numbers, ticket and
invoice numbers, serials, versions, hashes, hostnames, paths, companies, products, job titles) so that
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
Subject: First solo – slot confirmed (booking {{ticket}})

Hi {{first2}},

Great news: your instructor has signed you off for your first solo circuit. You're booked on the
training aircraft (fleet no. 4, Tech Log page 0213) for the early slot, weather permitting. Please
bring your logbook, your medical certificate and the signed solo briefing sheet; if the crosswind is
above 10 knots we will fly dual instead and rebook the solo free of charge.

Blue skies,

{{first}} {{last}}
Chief Flying Instructor
{{company}} Flight Training
Ops desk {{phone}} | Mobile {{e164}}
{{email}}"""),
    ("en", """\
Dear {{name}},

Thank you for consigning the three items to our Fine Silver & Objects sale ({{invoice}}). Please find
attached the receipt: lot 118 (George III salver, estimate 1,200-1,800), lot 119 (pair of
candlesticks, 600-900) and lot 120 (cased fish servers, 150-250). Seller's commission is 15% plus
VAT; unsold lots may be re-offered once without a second entry fee. Consignment ref. {{ticket}}.

Kind regards,

{{first}} {{last}}
Specialist, Silver & Objects of Vertu
{{company}} Auctioneers & Valuers
Direct {{phone}} · Mobile {{intl}}
{{email}}"""),
    ("en", """\
Hi all,

The extraction room is open again from Saturday. Book a half-day slot on the sheet in the honey
house (or reply to this email); bring clean buckets and your own uncapping fork. Please wash the
tangential extractor after use: last week someone left 6 kg of oilseed rape honey setting in it.
Jar order for the co-op label is due by the 20th, reference {{ticket}}.

Buzz buzz,
{{first}}

{{first}} {{last}} · Hon. Secretary
{{company}} Beekeepers' Co-operative
Honey house {{local7}} · {{internal_email}}"""),
    ("en", """\
Subject: Rehearsal call – week 3 (schedule rev. {{short_sha}})

Dear {{first2}},

Please find below your calls for next week. Monday: musical rehearsal with the chorus master, 10:30
in Room B. Wednesday: Act II staging from 14:00 on the main stage, in rehearsal costume (long skirt and
character shoes). Friday: sitzprobe with the orchestra, 10:00. Your contract ({{ticket}}) covers the
cover performances; the company manager will confirm the fee schedule separately.

Best wishes,

{{first}} {{last}}
Company Manager
{{company}} Opera
Rehearsal office {{phone}} | Out of hours {{phone2}}
{{email}}"""),
    ("en", """\
Hi {{first2}},

I'm sorry we had to cancel this morning's flight: the wind at the launch field was gusting 14 knots,
well above our limit for passenger flights. Your voucher ({{invoice}}) stays valid for another 12
months; just pick a new date in the booking portal. Flights go ahead about six times in ten, so
please keep the number below handy and ring it from 05:30 on the morning of your flight.

Happy landings,

{{first}} {{last}}
Chief Pilot
{{company}} Balloon Flights
Flight line (recorded message) {{phone}}
{{email}}"""),
    ("en", """\
Subject: Scaffold handover – rear elevation, lifts 1-5 (tag {{serial}})

Hi {{first2}},

The scaffold to the rear elevation is complete and has been inspected. The handover certificate and
the inspection record are attached; loading bays are rated to 2 kN/m², no more than two pallets of
blocks at a time. Please don't let the roofers alter ties or boards; any changes go through our
office. Next 7-day inspection is booked under job {{ticket}}.

Regards,

{{first}} {{last}}
Contracts Manager
{{company}} Scaffolding Ltd
Office {{phone}} · Site mobile {{phone2}}
{{email}}"""),
    ("en", """\
Dear {{first2}},

Your autumn wine-club allocation is ready: six bottles of the new-release Pinot Noir, three of the
reserve Chardonnay and three of the late-harvest Riesling. If you'd like to swap anything, tell us by
Friday; otherwise we'll charge the card on file and ship under order {{invoice}}. Members also get 15%
off at the cellar door and two free tastings per visit.

Cheers,

{{first}} {{last}}
Cellar Door & Wine Club Manager
{{company}} Estate Vineyard
Cellar door {{phone}} | {{email}}"""),
    ("en", """\
Hello {{first2}},

Thank you for your enquiry about A-level Chemistry tuition. We have matched your son with one of
our tutors, a former head of science with exam-board marking experience; the first lesson is a free
45-minute assessment, online or at home. Lessons after that are charged in blocks of ten (reference
{{invoice}}). I'll send the tutor's profile and availability by the end of the day.

Warm regards,

{{first}} {{last}}
Client Coordinator
{{company}} Tutors
Tel. {{ext}}
{{internal_email}}"""),
    ("en", """\
Auto-reply: Out of office – back on Monday

Thanks for your email. I'm away at a three-day event with two of our liveries and checking mail only
in the evenings. For anything urgent on the yard (turnout, feed, farrier or vet visits) please call
{{name2}}, our head groom, on {{phone2}}. Livery invoices for this month ({{invoice}}) will go out when
I'm back.

{{first}} {{last}}
Yard Manager
{{company}} Equestrian Centre
Yard office {{phone}}
{{email}}"""),
    ("en", """\
BEGIN:VCARD
VERSION:3.0
N:{{last}};{{first}};;;
FN:{{first}} {{last}}
ORG:{{company}} Chimney Sweeps
TITLE:Master Sweep & HETAS-registered installer
TEL;TYPE=WORK,VOICE:{{phone}}
TEL;TYPE=CELL:{{e164}}
EMAIL;TYPE=INTERNET:{{email}}
NOTE:Sweeping certificates issued on the day. Booking ref. {{ticket}}
REV:{{timestamp}}
END:VCARD"""),
    ("de", """\
Betreff: Anmeldung zur Theorieprüfung PPL(A) – Vorgang {{ticket}}

Hallo {{first2}},

für die Theorieprüfung beim Luftfahrt-Bundesamt haben wir Sie für alle neun Fächer angemeldet. Bitte
bringen Sie Ihren Personalausweis, das Ausbildungsnachweisheft und die Bestätigung der
Flugschule mit; die Prüfungsgebühr wird vorab per Lastschrift eingezogen (Rechnung {{invoice}}).
Bei Fragen zum Ablauf erreichen Sie mich am besten vormittags.

Mit fliegerischen Grüßen

{{first}} {{last}}
Ausbildungsleiter (Head of Training)
{{company}} Flugschule
Tel. {{phone}} · Mobil {{phone2}}
{{email}}"""),
    ("de", """\
Sehr geehrte Damen und Herren,

das Fassadengerüst am Objekt ist fertiggestellt und wurde heute abgenommen. Das Prüfprotokoll nach
DGUV und die Freigabe (Gerüstkennzeichnung Nr. {{serial}}) hängen am Gerüstzugang aus. Lastklasse 3,
Breitenklasse W09; bitte keine Verankerungen ohne Rücksprache entfernen. Die Standzeit beginnt heute,
Auftrag {{ticket}}.

Mit freundlichen Grüßen

{{first}} {{last}}
Bauleitung
{{company}} Gerüstbau GmbH
Telefon: {{phone}}
Mobil: {{e164}}
E-Mail: {{email}}"""),
    ("fr", """\
Madame, Monsieur,

Nous accusons réception de votre ordre d'achat pour la vente « Arts de la table & argenterie » :
lot 57, enchère maximale 800 euros hors frais. Les frais acheteur sont de 25 % TTC ; en cas
d'enchères égales, l'ordre reçu en premier l'emporte. Référence de votre ordre : {{ticket}}.

Je reste à votre disposition pour tout renseignement complémentaire.

Bien cordialement,

{{first}} {{last}}
Commissaire-priseur habilité
{{company}} – Hôtel des ventes
Tél. : {{phone}} · Port. : {{phone2}}
{{email}}"""),
    ("fr", """\
Bonjour à toutes et à tous,

Rappel : la déclaration annuelle des ruchers est obligatoire dès la première colonie, entre le
1er septembre et le 31 décembre. La coopérative peut vous aider à la remplir lors de la permanence
du samedi matin ; apportez votre numéro d'apiculteur et l'emplacement de vos ruchers. Commande
groupée de sirop et de cadres : bon {{invoice}}.

Apicalement,

{{first}} {{last}}
Secrétaire de la coopérative apicole {{company}}
Permanence : {{phone}}
{{email}}"""),
    ("es", """\
Hola, {{first2}}:

Te confirmamos la visita guiada con cata para seis personas el sábado a las 11:00: recorrido por el
viñedo, la sala de barricas y cata de cuatro vinos con maridaje. Como socio del club de vinos tienes
un 15 % de descuento en la tienda de la bodega. Reserva {{ticket}}; si cambia el número de
asistentes, avísanos con 48 horas.

Un saludo,

{{first}} {{last}}
Responsable de enoturismo
{{company}} Bodegas y Viñedos
Tel. {{phone}} · Móvil {{e164}}
{{email}}"""),
    ("it", """\
Gentile {{first2}},

purtroppo il volo in mongolfiera di questa mattina è stato annullato per vento in quota superiore ai
limiti di sicurezza. Il suo buono regalo ({{invoice}}) resta valido per altri dodici mesi: può
scegliere una nuova data direttamente dal portale prenotazioni. Le ricordiamo che il ritrovo è alle
6:00 e che il volo dura circa un'ora, con brindisi all'atterraggio.

Cordiali saluti,

{{first}} {{last}}
Pilota responsabile
{{company}} Voli in Mongolfiera
Tel. {{phone}} · Cell. {{phone2}}
{{email}}"""),
]

ADDRESS = [
    ("en", """\
IF UNDELIVERED PLEASE RETURN TO:
{{company}} Flight Training, Operations
{{street2}}
{{townline2}}

PILOT'S PERSONAL LOGBOOK – PLEASE DO NOT BEND

To: {{name}}
{{street}}
{{townline}}
{{country}}

Signed for, tracked: {{tracking}} · Student file {{ticket}}"""),
    ("en", """\
{
  "sale": "{{invoice}}",
  "lots": [212, 213],
  "buyer": {
    "paddle": 448,
    "name": "{{name}}",
    "ship_to": {
      "line1": "{{street}}",
      "town_line": "{{townline}}",
      "country": "{{country}}"
    },
    "phone": "{{phone}}"
  },
  "packer": "crate, fine art courier",
  "consignment_id": "{{uuid}}",
  "tracking": "{{tracking}}"
}"""),
    ("en", """\
nuc_order,member,collect_or_post,address,town_line,phone,queen_marked,status
{{ticket}},{{name}},post,{{street}},{{townline}},{{phone}},yes (2025 green),dispatched {{tracking}}
{{ticket2}},{{name2}},post,{{street2}},{{townline2}},{{phone2}},no,awaiting queen
# 5-frame nucleus colonies, live bees by overnight courier; sheet rev {{short_sha}}"""),
    ("en", """\
# visiting_artists.yml – lodging list for the spring revival (production code {{ticket}})
- role: Count Almaviva (cover)
  artist: {{name}}
  lodging:
    street: {{street}}
    town_line: {{townline}}
    country: {{country}}
  arrival: {{date}}
  agent_contract: {{invoice}}
- role: assistant director
  artist: {{name2}}
  lodging:
    street: {{street2}}
    town_line: {{townline2}}
  arrival: {{date}}"""),
    ("en", """\
RETRIEVE CREW – landing field and landowner courtesy list (flight {{ticket}})

Landed in: pasture north of the B-road, gate on the left, 2 passengers walked out via the farm track
Landowner: {{name}}
Farm address: {{street}}
              {{townline}}
Farm phone: {{phone}}
Courtesy bottle and thank-you card posted: yes, parcel {{tracking}}
Trailer log {{serial}} · envelope, 105,000 cu ft"""),
    ("en", """\
DELIVERY NOTE / INVOICE {{invoice}}

Deliver to site:             Invoice to:
{{street}}                   {{company}} Builders Ltd
{{townline}}                 {{street2}}
                             {{townline2}}
Site contact: {{name}}, {{phone}}

48 x 6.4 m tube, 120 x double couplers, 60 x scaffold boards 3.9 m, 12 x base plates
Hire period 8 weeks from {{date}}. Payment to IBAN {{iban}}
Job {{ticket}} · VAT no. {{vat}}"""),
    ("en", """\
-- wine club autumn release: shipping records from the cellar-door till export {{timestamp}}
INSERT INTO club_shipments (member_no, member_name, ship_street, ship_town_line, cases, order_ref)
VALUES ('{{account}}', '{{name}}', '{{street}}', '{{townline}}', 1, '{{invoice}}'),
       ('{{account2}}', '{{name2}}', '{{street2}}', '{{townline2}}', 2, '{{invoice2}}');
-- adult signature required; courier batch {{uuid}}"""),
    ("en", """\
<tutoringRoster week="38" agencyRef="{{ticket}}">
  <lesson subject="GCSE Maths" start="16:30" mode="home visit">
    <tutor>{{name}}</tutor>
    <family>{{name2}}</family>
    <address>
      <street>{{street}}</street>
      <townLine>{{townline}}</townLine>
    </address>
    <parentPhone>{{phone}}</parentPhone>
  </lesson>
  <invoiceBlock>{{invoice}}</invoiceBlock>
</tutoringRoster>"""),
    ("en", """\
Horse transport booking {{ticket}} – 2 horses, 7.5 t horsebox, partitions herringbone

Collect from:                  Deliver to:
{{name}}                       {{company}} Equestrian Centre
{{street}}                     {{street2}}
{{townline}}                   {{townline2}}
Tel. {{phone}}                 Yard office {{phone2}}

Passports travel with the horses (UELN on file). Quote {{invoice}}, ferry leg not included."""),
    ("en", """\
LANDLORD'S COPY – Certificate of chimney sweeping no. {{serial}}

Landlord / agent:
{{name}}
c/o {{company}} Lettings
{{street}}
{{townline}}

Property swept: {{street2}}, {{townline2}}
Appliance: multi-fuel stove, 6 kW, liner 150 mm; smoke draw test passed; CO alarm present
Job {{ticket}} · invoice {{invoice}}"""),
    ("de", """\
Weinpaket – Versandauftrag {{invoice}}

Empfänger:
{{name}}
{{street}}
{{townline}}
{{country}}

Inhalt: 6 x Riesling Spätlese, 6 x Spätburgunder trocken (Weinclub Herbst)
Altersprüfung bei Zustellung: ja · Sendungsnummer {{tracking}}
Kundennummer {{account}} · USt-IdNr. {{vat}}"""),
    ("de", """\
Rechnung Nr. {{invoice}} – Nachhilfe Mathematik und Englisch, September

Rechnungsempfänger:
{{name}}
{{street}}
{{townline}}

Schüler/in: {{first2}}, Klasse 9
12 Einzelstunden à 45 Minuten, Hausbesuch
Zahlbar innerhalb von 14 Tagen auf IBAN {{iban}}
Vertragsnummer {{ticket}}"""),
    ("fr", """\
BON CADEAU – VOL EN MONTGOLFIÈRE

Envoi à l'attention de :
{{name}}
{{street}}
{{townline}}
{{country}}

Bon n° {{invoice}} – vol « Lever de soleil » pour 2 personnes, valable 18 mois
Colis suivi : {{tracking}}
Commande {{uuid}}"""),
    ("fr", """\
FACTURE {{invoice}} – Pension chevaux, octobre

Centre équestre {{company}}
{{street2}}
{{townline2}}

Propriétaire :
{{name}}
{{street}}
{{townline}}

Pension box + paddock, 1 cheval : 420,00 € ; maréchal-ferrant (4 fers) : 95,00 €
Prélèvement SEPA sur {{iban}} · dossier {{ticket}}"""),
    ("es", """\
CASA DE SUBASTAS – ENVÍO DE LOTE ADJUDICADO

Subasta {{invoice}}, lote 86 (óleo sobre lienzo, marco dorado)
Adjudicatario:
{{name}}
{{street}}
{{townline}}
{{country}}
Teléfono: {{phone}}
Embalaje en caja de madera · seguimiento {{tracking}} · expediente {{ticket}}"""),
    ("it", """\
Cooperativa Apicoltori {{company}} – ordine {{invoice}}

Spedire a:
{{name}}
{{street}}
{{townline}}
Tel. {{phone}}

24 vasetti miele di acacia 500 g, 12 vasetti millefiori 250 g, 2 kg cera d'api in fogli
Lotto di produzione {{serial}} · spedizione {{tracking}}"""),
]

DIALOGUE = [
    ("en", """\
Ground school – PPL group chat (WhatsApp export)

[{{clock}}] {{first}} {{last}}: Morning all, air law mock exam moved to Thursday 18:00, clubhouse
[{{clock2}}] {{first2}}: can't make Thursday, any chance of Friday?
[{{clock3}}] {{first}} {{last}}: Friday is nav only. Email me and I'll sort a resit: {{email}}
[{{clock4}}] {{first3}}: new here, is this the right group? I'm {{name}}, started last week
[{{clock5}}] {{first}} {{last}}: welcome! add your medical expiry to the portal, ref {{ticket}}"""),
    ("en", """\
Telephone bidding – sale {{invoice}}, lot 233 (recorded line, transcribed for the file)

Phone bidder clerk ({{first}}): Good afternoon, calling from the saleroom. Am I speaking with the registered bidder?
Bidder: Yes, {{name}}, paddle 612.
Phone bidder clerk ({{first}}): Thank you. Lot 233 is next, the bidding will open at 4,000.
Bidder: Fine. And the deposit went from my account, {{account}}?
Phone bidder clerk ({{first}}): Yes, it's shown as received. We're at 4,800 in the room. Do you bid?
Bidder: 5,000.
Phone bidder clerk ({{first}}): 5,000 on the phone... against you at 5,200.
Bidder: Leave it there. Call me back on {{phone}} for lot 240."""),
    ("en", """\
Swarm hotline – call log

Volunteer ({{first}}): Swarm line, beekeepers' co-op, {{first}} speaking.
Caller: Hi, there's a huge cluster of bees hanging off the apple tree in my garden!
Volunteer ({{first}}): Don't worry, they're usually calm. How high up, roughly?
Caller: About head height. I'm at {{street}}, {{townline}}.
Volunteer ({{first}}): And your name and number, in case the collector gets lost?
Caller: {{name}}, {{phone}}.
Volunteer ({{first}}): Our collector {{first2}} will be with you within the hour. Swarm ref {{ticket}}."""),
    ("en", """\
#stage-management – Teams chat, dress rehearsal

[{{clock}}] {{first}} {{last}}: DSM here. Act I ran 4 minutes over, cue 112 late on the chorus entrance
[{{clock2}}] {{first2}}: noted. Our Rosina has a sore throat, cover is on standby
[{{clock3}}] {{first}} {{last}}: cover is {{name}}, her mobile {{phone}}, please call her now
[{{clock4}}] {{first2}}: calling. surtitle file is rev {{short_sha}}, fine for tonight?
[{{clock5}}] {{first}} {{last}}: yes. show report under {{ticket}}"""),
    ("en", """\
Balloon flights – booking call, typed up

Agent ({{first}}): Balloon flights, {{first}} speaking, how can I help?
Caller: Hi, I have a voucher for two, I'd like to book a sunrise flight.
Agent ({{first}}): Lovely. The voucher number, please?
Caller: {{invoice}}.
Agent ({{first}}): Thanks. Names and weights of both passengers, for the load calculation?
Caller: {{name}}, 82 kilos, and {{name2}}, 64.
Agent ({{first}}): And a mobile for the morning check call?
Caller: {{phone}}.
Agent ({{first}}): You're on the provisional list for the 14th, flight {{ticket}}."""),
    ("en", """\
Scaffold strike – call from site, noted by the office

Office ({{first}}): Scaffolding office.
Site: Hi, it's {{name}}, site manager. Your lads were due to strike the front scaffold today.
Office ({{first}}): Yes, gang 3. Is there a problem?
Site: The neighbour says a board fell onto her car. She wants your insurance details.
Office ({{first}}): Please take her name and number and we'll call her.
Site: {{name2}}, {{phone}}. She lives at {{street}}.
Office ({{first}}): Thanks. Incident {{ticket}}, our supervisor {{first2}} is on his way."""),
    ("en", """\
Live chat – cellar door online shop

[{{clock}}] Visitor: hi, my wine club case never arrived, order {{invoice}}
[{{clock}}] {{first}} (Cellar Door): Sorry about that! Can you confirm the delivery address?
[{{clock2}}] Visitor: {{street_lc}}, {{townline_lc}}
[{{clock2}}] {{first}} (Cellar Door): Thanks. The courier shows it returned to depot, adult signature needed
[{{clock3}}] Visitor: ah. can they call me first? {{phone}}
[{{clock3}}] {{first}} (Cellar Door): Done, redelivery booked under {{tracking}}. Anything else?
[{{clock4}}] Visitor: no thanks, it's {{name}} by the way"""),
    ("en", """\
Tutoring enquiry – phone call notes

Coordinator ({{first}}): Good afternoon, tutoring agency, {{first}} speaking.
Parent: Hi, I'm looking for a maths tutor for my daughter, she has her GCSEs next summer.
Coordinator ({{first}}): Of course. What's your daughter's name and date of birth?
Parent: {{name}}, born {{dob}}.
Coordinator ({{first}}): And yours, for the contract?
Parent: {{name2}}. Email is {{email}}.
Coordinator ({{first}}): Thanks. In person or online?
Parent: In person, we're at {{street}}, {{townline}}.
Coordinator ({{first}}): I'll send two tutor profiles tonight, enquiry {{ticket}}."""),
    ("en", """\
Riding school – lesson booking call

Reception ({{first}}): Equestrian centre, {{first}} here.
Caller: Hi, I'd like to book a private lesson for my husband, he's a complete beginner.
Reception ({{first}}): No problem. For a horse to suit, we need his height and weight.
Caller: 1.85 m and 95 kg. His name is {{name}}.
Reception ({{first}}): And an emergency contact?
Caller: That's me, {{name2}}, on {{phone}}.
Reception ({{first}}): Any medical conditions we should know about?
Caller: He's asthmatic, he'll bring his inhaler.
Reception ({{first}}): Booked for Saturday 10:00 with our instructor {{first2}}, booking {{ticket}}."""),
    ("en", """\
Chimney sweep booking – call from a letting agent

Sweep ({{first}}): {{company}} Chimney Sweeps.
Agent: Hi, it's {{name}} from the lettings office. We need the annual sweep at one of our rentals.
Sweep ({{first}}): Sure. Address?
Agent: {{street}}, {{townline}}.
Sweep ({{first}}): And who lets me in?
Agent: The tenant, {{name2}}. Her number is {{phone}}.
Sweep ({{first}}): I'll text her for a morning slot. Certificate goes to you by email?
Agent: Yes, {{email}}, please quote our PO {{invoice}}."""),
    ("de", """\
Gerüstbau – Telefonnotiz

Disposition ({{first}}): Gerüstbau, {{first}} am Apparat.
Anruferin: Guten Tag, hier {{name}} von der Hausverwaltung. Das Gerüst an der Fassade steht seit
sechs Wochen, aber die Maler sind fertig.
Disposition ({{first}}): Dann planen wir den Abbau. Wer ist vor Ort Ansprechpartner?
Anruferin: Der Hausmeister, {{name2}}, Telefon {{phone}}.
Disposition ({{first}}): Gut. Welche Adresse genau?
Anruferin: {{street}}, {{townline}}.
Disposition ({{first}}): Abbau ist für Donnerstag eingeplant, Auftrag {{ticket}}."""),
    ("de", """\
Flugschule – Gesprächsnotiz (Telefonat mit dem Fliegerarzt)

Flugschule ({{first}}): Guten Tag, {{first}} von der Flugschule. Es geht um unseren Flugschüler.
Praxis: Name und Geburtsdatum, bitte?
Flugschule ({{first}}): {{name}}, geboren am {{dob}}.
Praxis: Das Tauglichkeitszeugnis Klasse 2 ist ausgestellt, aber mit Auflage Brille.
Flugschule ({{first}}): Danke. Können Sie es an {{email}} schicken?
Praxis: Ja, heute noch. Rückfragen bitte unter {{phone}}.
Flugschule ({{first}}): Vermerkt in der Schülerakte {{ticket}}."""),
    ("fr", """\
Opéra – appel à la régie, noté par l'administration artistique

Régie ({{first}}) : Régie plateau, {{first}}, j'écoute.
Administration : Bonjour, c'est {{name}}. Le ténor est souffrant, on fait appel à la doublure ce soir.
Régie ({{first}}) : D'accord. Qui est la doublure ?
Administration : {{name2}}. Son portable : {{phone}}.
Régie ({{first}}) : Je préviens les costumes et les maquilleuses. Et l'annonce en salle ?
Administration : Oui, avant le lever de rideau. Le mail d'info part de {{internal_email}}.
Régie ({{first}}) : Noté, rapport de représentation {{ticket}}."""),
    ("fr", """\
Cave du domaine – appel client

Caviste ({{first}}) : Domaine viticole, {{first}}, bonjour.
Client : Bonjour, j'ai commandé six magnums de notre millésime pour un mariage et rien n'est arrivé.
Caviste ({{first}}) : Je regarde. Votre nom ?
Client : {{name}}, commande {{invoice}}.
Caviste ({{first}}) : Le colis est bloqué au dépôt, adresse incomplète. Vous me la redonnez ?
Client : {{street}}, {{townline}}.
Caviste ({{first}}) : Merci. Un numéro pour le transporteur ?
Client : {{phone}}.
Caviste ({{first}}) : Nouvelle livraison sous le suivi {{tracking}}."""),
    ("es", """\
Escuela de equitación – llamada

Recepción ({{first}}): Centro hípico, le atiende {{first}}.
Llamante: Hola, quería apuntar a mi hija a las clases de iniciación de los sábados.
Recepción ({{first}}): Muy bien. ¿Nombre y fecha de nacimiento de la niña?
Llamante: {{name}}, nació el {{dob}}.
Recepción ({{first}}): ¿Y un teléfono de contacto?
Llamante: El mío, {{phone}}. Soy {{name2}}, su madre.
Recepción ({{first}}): Perfecto. Necesitará casco homologado y botas. Inscripción {{ticket}}."""),
    ("it", """\
Asta telefonica – trascrizione della chiamata (vendita {{invoice}}, lotto 45)

Operatore ({{first}}): Buonasera, la chiamo dalla sala d'aste. Parlo con l'offerente registrato?
Offerente: Sì, sono {{name}}.
Operatore ({{first}}): Il lotto 45 sta per essere battuto, base d'asta 2.000 euro.
Offerente: Va bene, offro fino a 3.500.
Operatore ({{first}}): Siamo a 3.200 in sala... aggiudicato a lei per 3.400.
Offerente: Perfetto. Mi mandi la fattura a {{email}}.
Operatore ({{first}}): Certo. Per il ritiro la richiamo al {{phone}}, pratica {{ticket}}."""),
]

CODE = [
    ("en", """\
# .env – flight school booking system (aircraft, instructors, student accounts)
APP_ENV=production
DATABASE_URL=mysql://flightops:{{password}}@{{ip}}:3306/bookings
WEATHER_API_KEY={{token}}
STRIPE_SECRET_KEY={{stripe}}
SMS_GATEWAY_USER={{username}}
SMS_GATEWAY_PASS={{password2}}
OPS_NOTIFY={{internal_email}}
TECH_LOG_EXPORT=/srv/techlog/export
BUILD={{version}}  # {{short_sha}}"""),
    ("en", """\
# live-bidding/config.yml – online bidding for saleroom auctions
saleroom:
  stream_url: https://{{hostname}}/live
  auctioneer_console_user: {{username}}
  auctioneer_console_password: "{{password}}"
payments:
  stripe_key: "{{stripe}}"
  deposit_hold_percent: 10
kyc:
  provider_token: "{{token}}"
  webhook_secret: "{{token2}}"
notify: {{internal_email}}
release: {{version}}   # image {{digest}}"""),
    ("en", """\
{
  "device": "hive-scale-gateway",
  "apiary": "{{ticket}}",
  "lorawan": {"dev_eui": "{{serial}}", "app_key": "{{md5}}"},
  "network_server": {"host": "{{hostname}}", "api_token": "{{token}}"},
  "uplink_backup": {"mqtt_host": "{{ip}}", "user": "{{username}}", "password": "{{password}}"},
  "alerts": {"swarm_weight_drop_kg": 1.5, "email": "{{email}}"},
  "firmware": "{{version}}"
}"""),
    ("en", """\
# docker-compose.yml – surtitle server and stage-management show-relay
services:
  surtitles:
    image: registry.example.net/opera/surtitles@{{digest}}
    environment:
      ADMIN_USER: {{username}}
      ADMIN_PASSWORD: "{{password}}"
      CUE_SYNC_TOKEN: "{{token}}"
      TRANSLATION_API_KEY: "{{gcp}}"
  showrelay:
    image: registry.example.net/opera/showrelay:{{version}}
    environment:
      SLACK_WEBHOOK: "{{slack_hook}}"
      STAGE_MANAGER: "{{internal_email}}"
# production {{ticket}}"""),
    ("en", """\
#!/usr/bin/env bash
# launch-weather.sh – pull the forecast at 04:30 and text the go/no-go to the passenger list
set -euo pipefail
MET_API_KEY="{{token}}"
SMS_USER="{{username}}"
SMS_PASS='{{password}}'
curl -s "https://{{hostname}}/v1/point?lat=52.1&lon=-1.4&key=$MET_API_KEY" > /tmp/forecast.json
python3 go_nogo.py /tmp/forecast.json --max-wind-kt 10 | \\
  curl -s -u "$SMS_USER:$SMS_PASS" -d @- "https://{{hostname2}}/send"
# chief pilot: {{email}} · script rev {{short_sha}}"""),
    ("en", """\
# gradle.properties – scaffold inspection app (tags, 7-day inspections, handover certificates)
org.gradle.jvmargs=-Xmx2048m
RELEASE_STORE_FILE=/secure/scaffinspect-release.jks
RELEASE_STORE_PASSWORD={{password}}
RELEASE_KEY_ALIAS=scaffinspect
RELEASE_KEY_PASSWORD={{password2}}
MAPS_API_KEY={{gcp}}
BACKEND_URL=https://{{hostname}}/api
SENTRY_AUTH_TOKEN={{token}}
versionName={{version}}
# maintainer {{email}}"""),
    ("en", """\
<?php
// wp-config.php – cellar-door shop and wine-club subscriptions
define( 'DB_NAME', 'cellardoor' );
define( 'DB_USER', '{{username}}' );
define( 'DB_PASSWORD', '{{password}}' );
define( 'DB_HOST', '{{ip}}' );
define( 'WC_STRIPE_SECRET', '{{stripe}}' );
define( 'AGE_CHECK_API_KEY', '{{token}}' );
define( 'AUTH_KEY', '{{token2}}' );
define( 'WP_ADMIN_EMAIL', '{{internal_email}}' );
// theme build {{version}}, last deploy {{sha}}"""),
    ("en", """\
#!/usr/bin/env python3
\"\"\"match_tutors.py – nightly: match new enquiries to tutors and email both sides.\"\"\"
import os
import requests

CRM = "https://{{hostname}}/api"
CRM_TOKEN = os.environ.get("CRM_TOKEN", "{{token}}")
SENDGRID_KEY = "{{token2}}"
VIDEO_JWT = "{{jwt}}"

def notify(to, body):
    requests.post("https://api.sendgrid.com/v3/mail/send", headers={"Authorization": f"Bearer {SENDGRID_KEY}"},
                  json={"to": to, "from": "{{internal_email}}", "body": body}, timeout=20)
# owner: {{email}} · job {{uuid}}"""),
    ("en", """\
# secrets.yaml – livery yard home automation (gate, stable cameras, water troughs)
yard_wifi_password: "{{password}}"
gate_controller_host: {{ip}}
gate_controller_pin: "{{password2}}"
stable_cam_user: {{username}}
stable_cam_password: "{{password3}}"
trough_sensor_token: "{{token}}"
notify_yard_manager: {{email}}
# config check {{md5}}, core {{version}}"""),
    ("en", """\
# .github/workflows/deploy.yml – sweep booking app
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      HEROKU_API_KEY: {{token}}
      DATABASE_URL: postgres://sweepbook:{{password}}@{{hostname}}:5432/bookings
      TWILIO_AUTH_TOKEN: {{token2}}
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh --tag {{version}}
# maintainer {{email}}, pinned action {{sha}}"""),
    ("de", """\
; auktionshaus.ini – Katalog, Online-Gebote, Abrechnung
[Datenbank]
Server={{ip}}
Benutzer={{username}}
Passwort={{password}}
[Gebotsplattform]
API_Schluessel={{token}}
Webhook_Geheimnis={{token2}}
[Buchhaltung]
Export_Pfad={{path}}
Verantwortlich={{email}}
[Version]
Katalogstand={{version}}
Pruefsumme={{sha256}}"""),
    ("de", """\
# .env – Imkergenossenschaft: Mitgliederportal, Honigannahme, Waagen
PORTAL_URL=https://{{hostname}}
DB_HOST={{ip}}
DB_USER={{username}}
DB_PASS={{password}}
MAIL_SMTP_PASS={{password2}}
STOCKWAAGEN_API_TOKEN={{token}}
BACKUP_S3_KEY={{aws_key}}
BACKUP_S3_SECRET={{aws_secret}}
VORSTAND_MAIL={{internal_email}}
# Release {{version}}"""),
    ("fr", """\
# config.toml – école de pilotage : réservations, carnets de route, facturation
[base]
url = "https://{{hostname}}"
utilisateur = "{{username}}"
mot_de_passe = "{{password}}"

[meteo]
cle_api = "{{token}}"

[paiement]
cle_secrete = "{{stripe}}"

[contact]
chef_pilote = "{{email}}"
version = "{{version}}"  # {{short_sha}}"""),
    ("fr", """\
# application.properties – gestion artistique de l'opéra (plannings, contrats, cachets)
spring.datasource.url=jdbc:postgresql://{{ip}}:5432/artistique
spring.datasource.username={{username}}
spring.datasource.password={{password}}
paie.api.token={{token}}
stockage.s3.access-key={{aws_key}}
stockage.s3.secret-key={{aws_secret}}
notification.regie={{internal_email}}
app.version={{version}}
app.commit={{short_sha}}"""),
    ("es", """\
// config.js – tienda online de la bodega y club de vinos
module.exports = {
  db: { host: "{{ip}}", user: "{{username}}", password: "{{password}}" },
  pagos: { claveSecreta: "{{stripe}}" },
  mapas: { apiKey: "{{gcp}}" },
  transportista: { usuario: "{{username2}}", token: "{{token}}" },
  avisos: "{{internal_email}}",
  version: "{{version}}", // {{short_sha}}
};"""),
    ("it", """\
# secret.yaml – gestionale ponteggi (verifiche, PiMUS, noleggi)
apiVersion: v1
kind: Secret
metadata:
  name: ponteggi-backend
  annotations:
    owner: "{{email}}"
stringData:
  DB_PASSWORD: "{{password}}"
  DB_USER: "{{username}}"
  FIRMA_DIGITALE_TOKEN: "{{token}}"
  SMTP_PASSWORD: "{{password2}}"
  OBJECT_STORAGE_KEY: "{{aws_key}}"
  OBJECT_STORAGE_SECRET: "{{aws_secret}}"
# immagine {{digest}}"""),
]

PROSE = [
    ("en", """\
STUDENT PILOT ENROLMENT – PPL(A)

Student file: {{ticket}}
Name: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Medical: Class 2, issued {{date}}, AME reference {{mrn}}
Booking portal login: {{username}}
Next of kin: {{name2}}, {{phone2}}
Course package {{invoice}} – 45 hours, paid in three instalments"""),
    ("en", """\
Bidder registration – saleroom and online

Paddle no.: 318            Sale: {{invoice}}
Full name: {{name}}
Date of birth: {{dob}}
Home address: {{street}}, {{townline}}, {{country}}
Telephone: {{phone}}        Email: {{email}}
ID checked: passport, copy filed under {{ticket}}
Bank account for seller's proceeds: {{iban}}
Telephone bidding on lots 12, 57, 233; absentee bid on lot 240 (max 1,100)"""),
    ("en", """\
Co-op membership and apiary registration

Member: {{name}} (membership no. {{account}})
Home: {{street}}, {{townline}}
Phone: {{phone}}
Apiary 1: out-apiary at {{street2}}, {{townline2}}, 6 colonies (national hives)
Apiary 2: home garden, 2 colonies
Varroa treatment last autumn: oxalic acid, batch {{serial}}
Bee inspector visit: {{date}}, report {{ticket}}
Insurance via the association, certificate {{invoice}}"""),
    ("en", """\
ARTIST ENGAGEMENT RECORD – spring revival

Production: {{ticket}}
Artist: {{name}} (soprano), date of birth {{dob}}
Agent: {{name2}}, {{company}} Artists Management, {{email}}
Artist's address for contract: {{street}}, {{townline}}, {{country}}
Mobile: {{intl}}
Fee paid to: {{iban}}
Contract {{invoice}}: 6 performances, 3 covers, rehearsals from {{date}}
Costume measurements taken; wig fitting booked"""),
    ("en", """\
PASSENGER MANIFEST – balloon flight {{ticket}}, launch field 2

Pilot in command: {{name}}
1. {{name2}}, 78 kg, DOB {{dob}}, emergency contact {{phone}}
2. {{name3}}, 61 kg, DOB {{dob2}}, emergency contact {{phone2}}
Voucher: {{invoice}}
Landing and retrieve: chase vehicle, trailer {{serial}}
Safety briefing delivered: yes, all passengers signed the declaration
Weather check at 05:10, surface wind 4 kt"""),
    ("en", """\
SCAFFOLD INCIDENT REPORT

Report no.: {{ticket}}
Date and time: {{date}}, 14:20
Site: {{street}}, {{townline}}
Injured person: {{name}}, scaffolder, DOB {{dob}}
Home address: {{street2}}, {{townline2}}
Contact: {{phone}}
What happened: a transom slipped while a lift was being struck; bruised forearm, first aid on site
Witness: {{name2}}, {{phone2}}
Scaffold tag {{serial}}; RIDDOR not reportable; reviewed by {{first3}} {{last3}}"""),
    ("en", """\
Wine club membership – cellar door sign-up

Member number: {{account}}
Name: {{name}}
Date of birth: {{dob}} (over 18 confirmed at the cellar door)
Delivery address: {{street}}, {{townline}}
Phone: {{phone}}
Email: {{email}}
Club level: Reserve, 12 bottles four times a year, card on file
Preferences: no sweet wines, extra Pinot Noir
Sign-up order {{invoice}}; membership since {{date}}"""),
    ("en", """\
TUTOR ONBOARDING – safeguarding checks

Tutor: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Mobile: {{phone}} · Email: {{email}}
Enhanced DBS certificate: {{account}}, issued {{date}}, update service checked
Referees: {{name2}} ({{email2}}), {{name3}}
Subjects: A-level Physics, GCSE Maths
Agency login: {{username}}
Onboarding case {{ticket}}, contract {{invoice}}"""),
    ("en", """\
RIDER REGISTRATION FORM

Rider: {{name}}
Date of birth: {{dob}}
Address: {{street}}, {{townline}}
Phone: {{phone}}
Height/weight: 1.68 m / 64 kg
Riding experience: hacked out regularly until five years ago
Medical conditions: type 1 diabetes (carries glucose tablets)
Emergency contact: {{name2}}, {{phone2}}
Lesson package {{invoice}}, booking {{ticket}}"""),
    ("en", """\
CERTIFICATE OF CHIMNEY SWEEPING

Certificate no.: {{serial}}
Customer: {{name}}
Address: {{street}}, {{townline}}
Tel: {{phone}}
Date swept: {{date}}
Appliance: open fire, clay liner; method: rods and brush from the fireplace
Smoke test: passed. CO alarm fitted and tested.
Remarks: bird's nest removed from the pot; cowl recommended
Sweep: {{first2}} {{last2}}, job {{ticket}}"""),
    ("de", """\
Aufnahmeantrag – Reit- und Fahrverein

Mitglied: {{name}}
Geburtsdatum: {{dob}}
Anschrift: {{street}}, {{townline}}
Telefon: {{phone}}
E-Mail: {{email}}
Erziehungsberechtigte/r (bei Minderjährigen): {{name2}}
SEPA-Lastschriftmandat für den Jahresbeitrag: IBAN {{iban}}
Mandatsreferenz {{ticket}} · Mitgliedsnummer {{account}}"""),
    ("de", """\
Bescheinigung über die Feuerstättenschau

Eigentümer/in: {{name}}
Grundstück: {{street}}, {{townline}}
Telefon: {{phone}}
Feuerstätten: Gas-Brennwerttherme (Keller), Kaminofen (Wohnzimmer)
Ergebnis: keine Mängel; nächste Kehrung im Frühjahr
Datum der Schau: {{date}}
Bezirksschornsteinfeger/in: {{first2}} {{last2}}
Vorgangsnummer {{ticket}} · Gebührenbescheid {{invoice}}"""),
    ("fr", """\
FICHE ÉLÈVE PILOTE

Dossier : {{ticket}}
Nom : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}}
Courriel : {{email}}
Certificat médical : classe 2, délivré le {{date}}
Identifiant de réservation : {{username}}
Personne à prévenir : {{name2}}, {{phone2}}
Forfait {{invoice}} – 40 heures de vol"""),
    ("fr", """\
FICHE SAISONNIER – VENDANGES

Salarié : {{name}}
Date de naissance : {{dob}}
Adresse : {{street}}, {{townline}}
Téléphone : {{phone}}
Numéro de sécurité sociale : {{account}}
Coordonnées bancaires : {{iban}}
Contrat vendanges {{ticket}}, du {{date}}, coupeur
Hébergement : non, trajet quotidien"""),
    ("es", """\
FICHA DE ALUMNO – ACADEMIA DE REFUERZO ESCOLAR

Alumno: {{name}}
Fecha de nacimiento: {{dob}}
Curso: 2.º de ESO
Domicilio: {{street}}, {{townline}}
Madre/padre/tutor: {{name2}}
Teléfono: {{phone}} · Correo: {{email}}
Domiciliación bancaria: {{iban}}
Asignaturas: Matemáticas y Física; matrícula {{ticket}}, recibo {{invoice}}"""),
    ("it", """\
SCHEDA SCRITTURA ARTISTA – stagione lirica

Artista: {{name}} (baritono)
Data di nascita: {{dob}}
Residenza: {{street}}, {{townline}}, {{country}}
Cellulare: {{intl}} · Email: {{email}}
Agente: {{name2}}
Compenso per recita accreditato su {{iban}}
Contratto {{invoice}}: 5 recite, prove dal {{date}}; pratica {{ticket}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
