"""FINAL2 templates of the generalisation corpus kinds (eval.kinds), for the `final2` split.

Written by a helper session started for this purpose, after the held-out and final splits had each
been scored once, without running the detection engine on them (nor on anything else): only the
labelled texts themselves were generated and read. Never to be tuned on: the lead scores them once
(`python -m eval --split final2`). They imitate what enterprises send through an LLM gateway
(support tickets, mail threads with quoted replies, HR/CRM/KYC and clinical notes, chat exports,
call transcripts, invoices, delivery notes and shipping labels, JSON/YAML/CSV/SQL/XML, logs, stack
traces, Terraform/Helm/Compose/GitHub Actions files, .env files, curl commands, notebook cells, git
diffs), with ordinary text around the values (products, amounts, order and ticket numbers,
versions, hashes, timestamps, hostnames, paths, company names, job titles) so that over-redaction
is measured as well as recall.

Each kind maps to (language, template) pairs; `{{slot}}` names are eval.planted slots. No literal
personal value is written here (no names, e-mails, phone numbers, IP addresses, street addresses or
keys), and decoys (hashes, UUIDs, versions, serial and tracking numbers, ticket and invoice ids) are
slots too, so that every one is labelled. Templates never contain a literal double brace, so Helm
and GitHub Actions expressions are left out of the config files.
"""

from __future__ import annotations

SIGNATURE = [
    ("en", """\
Ticket {{ticket}} · Priority: Normal · Group: Billing EMEA
Requester: {{name2}} <{{email}}>

Hi {{first2}},

Thanks for the quick reply. I've re-issued credit note CN-2025-0418 for the duplicated licence charge
(EUR 1,140.00); it should show on your next statement.

Kind regards,

{{first}} {{last}}
Customer Success Manager | {{company}}
Direct: {{ext}} | Mobile: {{intl}}
{{internal_email}}

On {{date_words}}, {{name2}} <{{email}}> wrote:
> Hello, we were charged twice for the {{product}} add-on in March.
> Could you check invoice {{invoice}}?
> Thanks, {{first2}}"""),
    ("en", """\
<table cellpadding="0" cellspacing="0" style="font-family:Arial,sans-serif;font-size:12px;color:#333">
  <tr><td><strong>{{first}} {{last}}</strong><br>{{job}}</td></tr>
  <tr><td>{{company}} &middot; {{dept}}</td></tr>
  <tr><td>Office: <a href="tel:{{e164}}">{{e164}}</a></td></tr>
  <tr><td>Email: <a href="mailto:{{email}}">{{email}}</a></td></tr>
  <tr><td><img src="https://cdn.example-mail.net/banners/{{uuid}}.png" width="420" alt="Meet us at Hannover Messe, Hall 7"></td></tr>
</table>"""),
    ("en", """\
---------- Forwarded message ---------
From: {{name}} <{{email}}>
Date: {{date_words}} at {{clock}}
Subject: Re: Renewal quote Q-88417 ({{product}}, 250 seats)
To: {{internal_email}}
Cc: {{name2}} <{{email2}}>

Looping in our procurement lead, she signs off anything above EUR 50k.

--
{{name}}
{{job}}, {{company}}
tel {{phone}} · cell {{e164}}"""),
    ("en", """\
{
  "object": "contact",
  "id": "{{uuid}}",
  "properties": {
    "firstname": "{{first}}",
    "lastname": "{{last}}",
    "jobtitle": "{{job}}",
    "company": "{{company}}",
    "phone": "{{phone}}",
    "mobilephone": "{{e164}}",
    "email": "{{email}}",
    "hs_lead_status": "OPEN_DEAL",
    "lifecyclestage": "opportunity",
    "createdate": "{{timestamp}}"
  },
  "associations": {"deals": ["DL-55120", "DL-55187"]}
}"""),
    ("en", """\
Sounds good, I'll bring the signed NDA on Thursday. Parking is behind building C.

{{first_uc}} {{last_uc}} | {{job}}
{{company}}
{{street}}, {{townline}}
O {{local7}} | M {{phone}}

Sent from Outlook for Android"""),
    ("en", """\
Best,
{{first}}

{{first}} {{last}} | Paralegal, Commercial Contracts
{{company}}
T {{ext}}   F {{phone}}
E {{email}}
{{street}}
{{townline}}
{{country}}

{{company}} is a limited liability partnership registered in England and Wales (no. OC412337). A list of
members is available at our registered office. E-mail traffic may be monitored for compliance purposes."""),
    ("en", """\
dn: uid={{username}},ou=people,dc=emea,dc=example,dc=com
objectClass: inetOrgPerson
uid: {{username}}
cn: {{first}} {{last}}
givenName: {{first}}
sn: {{last}}
title: {{job}}
ou: {{dept}}
telephoneNumber: {{intl}}
mobile: {{e164}}
mail: {{internal_email}}
employeeType: contractor
manager: uid={{username2}},ou=people,dc=emea,dc=example,dc=com"""),
    ("en", """\
## On-call contacts – {{product}} platform (week 27)

| Role | Name | Phone | E-mail |
|------|------|-------|--------|
| Primary | {{name}} | {{intl}} | {{internal_email}} |
| Secondary | {{name2}} | {{e164}} | {{internal_email2}} |
| Escalation manager | {{name3}} | {{phone}} | {{email}} |

Bridge: Teams meeting ID 318 552 907 41, passcode in the pinned message.
Runbook: {{path}}"""),
    ("de", """\
Beste Grüße aus {{city}}

{{first}} {{last}}
{{job}}
{{dept}}

{{company}}
{{street}} · {{townline}}
Tel.: {{phone}} · Durchwahl {{local7}}
Mobil: {{intl}}
{{email}}

Amtsgericht Charlottenburg HRB 204117 B · Vorstand: {{name2}} (Vorsitz), {{name3}}
Bitte prüfen Sie, ob diese E-Mail wirklich ausgedruckt werden muss."""),
    ("de", """\
Betreff: Automatische Antwort: Rahmenvertrag Wartung 2025

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {{date_words}} nicht im Büro. In dringenden
Fällen wenden Sie sich bitte an meine Vertretung {{name2}} unter {{phone}} oder {{internal_email}}.

Freundliche Grüße
{{name}}
Leitung {{dept}} | {{company}}"""),
    ("fr", """\
Bonjour {{first2}},

Je vous confirme la réservation de la salle Jupiter pour la formation {{product}} du {{date}}, de 9 h à
17 h, pour 12 participants.

Bien cordialement,
{{first}} {{last}}
Assistante de direction – {{dept}}
{{company}}
Tél. : {{intl}} | Port. : {{phone}}
{{email}}

De : {{first2}} {{last2}} <{{email2}}>
Envoyé : {{date_words}}
Objet : Formation interne – réservation de salle"""),
    ("fr", """\
BEGIN:VCARD
VERSION:4.0
FN:{{first}} {{last}}
N:{{last}};{{first}};;;
ORG:{{company}};{{dept}}
TITLE:{{job}}
TEL;TYPE=work,voice;VALUE=uri:tel:{{e164}}
TEL;TYPE=cell:{{phone}}
ADR;TYPE=work:;;{{street}};{{city}};;;{{country}}
EMAIL;TYPE=work:{{email}}
NOTE:Rencontré au salon VivaTech\\, stand B12
REV:20250611T083000Z
END:VCARD"""),
    ("es", """\
Hola {{first2}}:

Te adjunto el albarán firmado. Quedamos pendientes de la factura {{invoice}}.

Un saludo,

{{first}} {{last}}
Responsable de {{dept}}
{{company}}
Tel.: {{phone}} – Ext. 2214
Móvil: {{e164}}
{{email}}

Conforme al Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero
responsabilidad de {{company}}.

El {{date}}, {{first2}} {{last2}} <{{email2}}> escribió:
> ¿Nos podéis mandar el albarán firmado del pedido PED-20931?
> Gracias."""),
    ("es", """\
FICHA DE CONTACTO
Nombre: {{name}}
Cargo: {{job}}
Empresa: {{company}}
Teléfono fijo: {{local7}}
Teléfono móvil: {{intl}}
Correo electrónico: {{email}}
Dirección: {{street}}, {{townline}}
Origen: Feria Logistics Madrid · Fecha de alta: {{date}}
Propietario de la cuenta: {{internal_email}}"""),
    ("it", """\
Gentile {{first2}} {{last2}},

in allegato trova il preventivo aggiornato (rif. {{invoice}}), valido 30 giorni.

Distinti saluti
{{first}} {{last}}
{{job}} – {{dept}}
{{company}}
{{street}} – {{townline}}
Tel. {{intl}} int. 214 · Cell. {{phone}}
E-mail: {{email}}

Questo messaggio è destinato esclusivamente al destinatario indicato. Se lo ha ricevuto per errore, la
preghiamo di cancellarlo e di avvisare il mittente."""),
    ("it", """\
Risposta automatica: Fuori sede

Sarò fuori ufficio fino al {{date_words}} compreso. Per urgenze relative agli ordini contattare
{{name2}} ({{internal_email}}, {{ext}}).

Grazie,
{{name}}
{{company}} · {{dept}}"""),
]

ADDRESS = [
    ("en", """\
Subject: [{{ticket}}] Wrong delivery address on order #A-448120

Hi team, the courier tried to deliver to my old flat. Please change the address on the order to
{{street}}, {{townline}}, {{country}} and re-send it. I'm home after 5 pm, or you can reach me on {{phone}}.

Thanks,
{{name}}"""),
    ("en", """\
SHIP TO:
{{name_uc}}
{{company_uc}}
{{unit}}
{{street_uc}}
{{townline_uc}}
{{country_uc}}

TRACKING #: {{tracking}}
SERVICE: EXPRESS SAVER   WT: 3.2 KG   DIMS: 40x30x20 CM
REF 1: {{invoice}}
BILLING: P/P   SHIP DATE: {{date}}"""),
    ("en", """\
DELIVERY NOTE DN-771048
Order: {{invoice}}      Customer ref: {{account}}

Deliver to:
{{name}}
{{street}}
{{townline}}

Invoice to:
{{company}}
{{pobox}}
{{townline2}}

Qty  Item                               Serial
  1  Dell PowerEdge R760 (2U)           {{serial}}
  2  Intel X710 10GbE SFP+ adapter      {{serial2}}

Received by (signature): ____________   Date: ________"""),
    ("en", """\
customer_id,full_name,address_line_1,address_line_2,town,country,segment,ltv_eur
{{account}},"{{name}}","{{street}}","{{unit}}","{{townline}}",{{country}},SMB,4820.50
{{account2}},"{{name2}}","{{pobox}}",,"{{townline2}}",{{country}},Enterprise,182300.00"""),
    ("en", """\
<?xml version="1.0" encoding="UTF-8"?>
<PurchaseOrder orderNumber="{{invoice}}" orderDate="{{date}}">
  <ShipTo type="residential">
    <Name>{{name}}</Name>
    <Street>{{street}}</Street>
    <CityLine>{{townline}}</CityLine>
    <Country>{{country}}</Country>
    <Phone>{{e164}}</Phone>
  </ShipTo>
  <Items>
    <Item sku="MON-27-4K" qty="2" unitPrice="329.00" currency="EUR"/>
    <Item sku="ARM-DUAL-VESA" qty="1" unitPrice="89.90" currency="EUR"/>
  </Items>
  <Checksum alg="md5">{{md5}}</Checksum>
</PurchaseOrder>"""),
    ("en", """\
**Relocation confirmation – {{name}}**

Following the internal transfer to the {{dept}} team, the employee's home address from {{date_words}} is
{{street}}, {{townline}}. Payroll ({{company}}) will update the tax region accordingly; the company car
stays assigned. Removal costs up to EUR 3,500 are covered under policy HR-POL-014, version {{version}}."""),
    ("en", """\
Hi {{first}},

Here are the last three swag-box addresses for the {{product}} community day:

| Attendee | Address | Size |
|---|---|---|
| {{name2}} | {{street2}}, {{townline2}} | M |
| {{name3}} | {{street3}}, {{townline3}} | L |
| {{name4}} | {{pobox}}, {{townline4}} | S |

Budget code MKT-EVT-2025-07, please ship by Friday.
{{first5}}"""),
    ("en", """\
In [14]:
addresses = [
    "{{street}}, {{townline}}, {{country}}",
    "{{street2}}, {{townline2}}, {{country}}",
]
results = [geocoder.lookup(a, timeout=5) for a in addresses]
results[0]

Out[14]:
GeocodeResult(status='OK', confidence=0.93, provider='nominatim', request_id='{{uuid}}')"""),
    ("de", """\
RECHNUNG Nr. {{invoice}}
Rechnungsdatum: {{date}}   Leistungszeitraum: März 2025
Kundennummer: {{account}}

{{company}}
{{dept}}
z. Hd. Frau {{last}}
{{pobox}}
{{townline}}

Pos. Bezeichnung                       Menge  Einzelpreis   Gesamt
1    Wartungspauschale Aufzugsanlage      1     640,00 €   640,00 €
2    Notdienst-Einsatz (Samstag)          1     285,00 €   285,00 €
Nettobetrag 925,00 € · zzgl. 19 % MwSt. 175,75 € · Gesamtbetrag 1.100,75 €
Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf IBAN {{iban}}."""),
    ("de", """\
Hallo Frau {{last}},

vielen Dank für Ihren Anruf. Wir haben Ihre neue Anschrift ({{street}}, {{townline}}) im Kundenkonto
{{account}} hinterlegt. Die Zählerablesung am {{date}} übernimmt unser Techniker, Herr {{last2}}; er meldet
sich vorher unter Ihrer Mobilnummer {{phone}}.

Mit freundlichen Grüßen
Ihr Kundenservice {{company}}"""),
    ("fr", """\
EXPÉDITEUR : {{company_uc}} – {{street2_uc}} – {{townline2_uc}}

DESTINATAIRE :
M. {{last_uc}} {{first}}
{{unit}}
{{street}}
{{townline}}
{{country_uc}}

N° de suivi : {{tracking}}   Poids : 1,25 kg   Contre-remboursement : non
Instructions : laisser au gardien en cas d'absence"""),
    ("fr", """\
Bonjour, le webhook de notre boutique envoie ce corps et l'adresse est refusée par le transporteur.
Savez-vous pourquoi ?

{"event":"order.created","order":{"id":"{{uuid}}","total_ttc":"149.90","devise":"EUR","client":{"nom":"{{last}}","prenom":"{{first}}","adresse":"{{street}}","code_postal_ville":"{{townline}}","pays":"{{country}}","tel":"{{phone}}"}},"signature":"{{sha256}}"}

Merci,
{{first2}}"""),
    ("es", """\
-- Ticket {{ticket}}: corrección de dirección solicitada por el cliente el {{date}}
UPDATE clientes
   SET direccion = '{{street}}',
       poblacion = '{{townline}}',
       pais = '{{country}}',
       actualizado_por = '{{username}}'
 WHERE id_cliente = '{{account}}';
-- 1 fila afectada (0,03 s)"""),
    ("es", """\
{{name}}
{{street}}
{{townline}}

{{company}}
{{dept}}
{{pobox}}
{{townline2}}

{{city}}, {{date_words}}

Asunto: Reclamación por el pedido {{invoice}}

Muy señores míos:
Les escribo porque el pedido entregado el pasado lunes llegó incompleto (faltan dos de las cinco cajas).
Les ruego que me envíen el material pendiente o me reembolsen 86,40 €.

Atentamente,
{{name}}"""),
    ("it", """\
Modulo di reso – pratica {{ticket}}
Il/la sottoscritto/a {{name}}, residente in {{street}}, {{townline}} ({{country}}), chiede il reso
dell'articolo «Robot aspirapolvere X9» (ordine {{invoice}}, consegnato il {{date}}) e il rimborso sull'IBAN
{{iban}}.
Recapito telefonico: {{phone}}
Firma: ____________________"""),
    ("it", """\
SPETT.LE
{{company_uc}}
ALLA C.A. DI {{name_uc}}
{{unit}}
{{street_uc}}
{{townline_uc}}

DDT N. {{invoice}} DEL {{date}}
TRASPORTO A CURA DEL: MITTENTE   N. COLLI: 2   PESO: 18 KG
RIF. VS. ORDINE: OA-2025-0381"""),
]

DIALOGUE = [
    ("en", """\
#customer-escalations
{{first}} {{last}} [{{clock}}]
heads-up: {{name2}} from {{company}} just called again about the SSO outage, she's pretty upset
{{first3}} {{last3}} [{{clock2}}]
:eyes: is that ticket {{ticket}}? I can take it
{{first}} {{last}} [{{clock3}}]
yes. her number is {{intl}}, she asked for a call back before 4
{{first3}} {{last3}} [{{clock4}}]
on it :phone:"""),
    ("en", """\
[{{date}}, 08:14:22] {{first}}: Morning! Driver says he's stuck on the ring road, ETA 20 min
[{{date}}, 08:15:03] {{name2}}: ok. can you send me his number?
[{{date}}, 08:15:40] {{first}}: {{phone}}
[{{date}}, 08:16:11] {{name2}}: thx. the site contact at the client is {{first3}} {{last3}}, {{e164}}
[{{date}}, 08:16:30] {{first}}: 👍
[{{date}}, 08:40:02] {{name2}}: <Media omitted>"""),
    ("en", """\
Conversation with {{name_lc}}
Channel: Web chat · Brand: {{company}} · Ticket {{ticket}}

{{clock}} Answer Bot: Hi! What can we help you with today?
{{clock}} {{name_lc}}: my parcel says delivered but it isnt here
{{clock2}} {{first2}} (agent): Sorry to hear that. Can you confirm the delivery address?
{{clock2}} {{name_lc}}: {{street_lc}}, {{townline_lc}}
{{clock3}} {{first2}} (agent): Thanks. And a phone number the driver can use?
{{clock3}} {{name_lc}}: {{phone}}
{{clock3}} {{first2}} (agent): I've opened a carrier investigation, you'll hear back within 48 hours."""),
    ("en", """\
[Transcript – automated, confidence 0.91] Call ID {{uuid}}
Agent: You're through to {{company}} pharmacy services, my name's {{first}}. Who am I speaking to?
Caller: Hi, it's {{first2}} {{last2}}. I'm calling about my mum's repeat prescription.
Agent: No problem. Can I take the patient's name and date of birth?
Caller: {{name3}}, born {{dob_words}}.
Agent: Thank you. And the best number to reach you?
Caller: {{spelled}}.
Agent: Lovely. The prescription will be ready for collection on {{date_words}}."""),
    ("en", """\
Weekly supplier sync – {{date_words}}
Attendees: {{first}} {{last}} (chair), {{first2}} {{last2}}, {{first3}} {{last3}} ({{company}}), {{first4}} from {{dept}}

{{first}}: Quick status on the {{product}} rollout?
{{first2}}: Wave 2 is live in 14 stores, wave 3 slips a week because of the firmware {{version}} issue.
{{first3}}: We'll ship the patched units from our warehouse on Monday.
{{first}}: Good. {{first4}}, can you update the steering deck?

Action items
- [ ] {{first2}}: send the defect log to {{internal_email}} by Wednesday
- [ ] {{first3}}: confirm the delivery slot with {{last}}'s team
- [x] {{first4}}: book a room for the QBR"""),
    ("en", """\
<{{username}}> anyone know who owns the build-agent pool on {{hostname}}?
<{{username2}}> that's {{first}}'s team, ping {{username3}} or mail {{internal_email}}
<{{username}}> ta. {{first}} {{last}}?
<{{username2}}> yep. or call the NOC on {{local7}} if it's urgent
<{{username3}}> fyi agents were restarted at {{clock}}, job {{short_sha}} should pick up now"""),
    ("en", """\
Spoke to Mr {{last}} at 10:40. He said his daughter, {{first2}}, handles the account now and asked us to
call her on {{intl}} rather than him. He also mentioned that {{name3}} at our {{city}} branch had promised a
refund of GBP 64.99 for the {{product}} licence back on {{date_words}}. I told him I'd check with {{first4}}
in billing and get back to them both."""),
    ("en", """\
Chat: Project Falcon – vendor onboarding
Exported {{timestamp}} by {{internal_email}}

{{last}}, {{first}} {{date}} {{clock}}
Has {{company}} sent the signed DPA yet?

{{last2}}, {{first2}} {{date}} {{clock2}}
> Has {{company}} sent the signed DPA yet?
Not yet. Their counsel, {{name3}}, said end of week. Direct line {{ext}} if you want to chase.

{{last}}, {{first}} {{date}} {{clock3}}
Thanks, I'll call."""),
    ("de", """\
Telefonprotokoll Kundenservice – {{date}}, {{clock}} Uhr
Mitarbeiter: {{first}} {{last}}
Anrufer: Herr {{first2}} {{last2}}, Vertragskonto {{account}}

Herr {{last2}}: Guten Tag, ich rufe wegen der Jahresabrechnung an, die Nachzahlung ist viel zu hoch.
{{first}}: Das schaue ich mir gern an. Unter welcher Nummer erreiche ich Sie?
Herr {{last2}}: {{spelled}}.
{{first}}: Danke. Ich leite das an die Abrechnung weiter, Sie hören bis Freitag von uns."""),
    ("de", """\
{{first}} {{last}}, {{clock}}
Moin zusammen, wer übernimmt heute die Inventur im Lager Süd?
{{first2}} {{last2}}, {{clock2}}
Ich kann ab 13 Uhr. {{first3}} ist krank, hat sich heute früh gemeldet.
{{first}} {{last}}, {{clock3}}
Ok. Dann ruf bitte noch {{name4}} von {{company}} wegen der Palettenabholung an, Nummer {{phone}}.
{{first2}} {{last2}}, {{clock4}}
Mach ich 👍"""),
    ("fr", """\
Conseillère : {{company}}, bonjour, {{first}} à votre écoute.
Client : Bonjour madame, {{first2}} {{last2}} à l'appareil. Je n'ai toujours pas reçu ma carte de mutuelle.
Conseillère : Je vais vérifier. Pouvez-vous me donner votre date de naissance ?
Client : Le {{dob_words}}.
Conseillère : Merci. Et votre numéro d'adhérent ?
Client : {{account}}.
Conseillère : Parfait. Je vous renvoie la carte au {{street}}, {{townline}}. Un SMS de confirmation partira
vers le {{phone}}."""),
    ("fr", """\
#support-n2
{{first}} – {{clock}}
@{{username}} tu peux regarder le ticket {{ticket}} ? Le client ({{name2}}, {{company}}) n'arrive plus à se
connecter depuis la mise à jour {{version}}.
{{username}} – {{clock2}}
Je regarde. Il a un numéro où on peut le joindre ?
{{first}} – {{clock3}}
Oui, {{intl}}. Il préfère être appelé après 14 h."""),
    ("es", """\
[{{date}} {{clock}}] {{first}} {{last}}: Buenas tardes, soy {{first}} de {{company}}. Le escribo por el presupuesto de las 40 sillas de oficina
[{{date}} {{clock2}}] {{first2}} {{last2}}: Hola, sí, lo vimos ayer con dirección
[{{date}} {{clock3}}] {{first}} {{last}}: ¿Le llamo mañana? Mi móvil es {{e164}}
[{{date}} {{clock4}}] {{first2}} {{last2}}: Mejor llame a mi compañera {{name3}}, que lleva compras: {{phone}}
[{{date}} {{clock5}}] {{first}} {{last}}: Perfecto, gracias"""),
    ("es", """\
Transcripción de llamada · Cola: Siniestros · Duración 04:37
AGENTE: {{company}}, le atiende {{first}}. ¿En qué puedo ayudarle?
CLIENTE: Hola, soy {{name2}}. Tuve un golpe con el coche esta mañana.
AGENTE: Lo siento. ¿Me facilita su número de póliza y su fecha de nacimiento?
CLIENTE: La póliza es {{account}} y nací el {{dob}}.
AGENTE: Gracias. ¿Un teléfono de contacto?
CLIENTE: {{spelled}}.
AGENTE: Un perito le llamará en 48 horas. Referencia del siniestro: {{ticket}}."""),
    ("it", """\
Verbale riunione – {{date_words}}
Presenti: {{first}} {{last}} (Direzione), {{first2}} {{last2}}, {{first3}} {{last3}} ({{company}})

{{first}}: Partiamo dal budget del progetto {{product}}. Siamo in linea?
{{first2}}: Sì, a fine giugno abbiamo speso il 62 %.
{{first3}}: Da parte nostra la consegna dei server slitta di una settimana.
{{first}}: Va bene. {{first2}}, puoi avvisare {{name4}}? Il suo numero è {{intl}}.
{{first2}}: Lo chiamo oggi pomeriggio."""),
    ("it", """\
Chat avviata il {{date}} alle {{clock}}
Cliente: salve, devo cambiare il numero di telefono sul mio profilo
Operatore ({{first}}): Buongiorno! Mi conferma nome e cognome?
Cliente: {{name2}}
Operatore ({{first}}): Grazie. Qual è il nuovo numero?
Cliente: {{phone}}, quello vecchio era {{local7}}
Operatore ({{first}}): Fatto. Le arriverà una mail di conferma a {{email}}."""),
]

CODE = [
    ("en", """\
# docker-compose.override.yml (local only, see {{ticket}})
services:
  api:
    image: registry.example.com/shop/api@{{digest}}
    environment:
      DATABASE_URL: postgres://shop:{{password}}@db:5432/shop
      STRIPE_API_KEY: {{stripe}}
      OPENAI_API_KEY: {{openai}}
      GIT_COMMIT: {{sha}}
    ports:
      - "8080:8080"
  db:
    image: postgres:16.3-alpine
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}"""),
    ("en", """\
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-22.04
    env:
      NODE_VERSION: "20.14.0"
      # TODO move to repository secrets before merging
      NPM_TOKEN: {{github}}
      SLACK_WEBHOOK: {{slack_hook}}
    steps:
      - uses: actions/checkout@{{sha}}
      - uses: actions/setup-node@v4
      - run: npm ci && npm run build
      - run: npm publish --access restricted"""),
    ("en", """\
provider "aws" {
  region     = "eu-central-1"
  access_key = "{{aws_key}}"
  secret_key = "{{aws_secret}}"
}

resource "aws_instance" "bastion" {
  ami           = "ami-0a1b2c3d4e5f67890"
  instance_type = "t3.small"
  tags = {
    Name       = "bastion-prod"
    Owner      = "{{internal_email}}"
    CostCenter = "CC-4410"
  }
}

# terraform plan: 1 to add, 0 to change, 0 to destroy. State serial 218, lineage {{uuid}}"""),
    ("en", """\
# values-prod.yaml for chart payments-gateway {{version}}
replicaCount: 4
image:
  repository: ghcr.io/acme/payments-gateway
  digest: {{digest}}
ingress:
  enabled: true
  hosts:
    - host: pay.example.com
      paths: ["/"]
secrets:
  gitlabDeployToken: {{gitlab}}
  anthropicApiKey: {{anthropic}}
podAnnotations:
  checksum/config: {{sha256}}"""),
    ("en", """\
{{ip}} - - [03/Jun/2025:14:22:09 +0200] "POST /oauth/token HTTP/2.0" 200 812 "-" "okhttp/4.12.0" rt=0.043 req_id={{md5}}
{{ip2}} - {{username}} [03/Jun/2025:14:22:11 +0200] "GET /admin/users?page=2 HTTP/2.0" 403 153 "https://{{hostname}}/admin" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)"
2025/06/03 14:22:12 [error] 2211#2211: *98412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: {{ip}}, server: api.example.com, request: "GET /v1/orders/{{uuid}} HTTP/2.0", upstream: "http://orders-backend/v1/orders/{{uuid}}\""""),
    ("en", """\
{{timestamp}} ERROR [main] o.s.boot.SpringApplication - Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
Caused by: java.sql.SQLException: Access denied for user 'report_ro'@'{{ip}}' (using password: YES)
\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)
\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:562)
spring.datasource.url=jdbc:mysql://{{hostname}}:3306/reporting?user=report_ro&password={{password}}
build-info: version={{version}} commit={{short_sha}}"""),
    ("en", """\
Traceback (most recent call last):
  File "{{path}}", line 211, in refresh
    resp = session.post(TOKEN_URL, headers={"Authorization": "Bearer {{jwt}}"}, timeout=10)
  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 637, in post
    return self.request("POST", url, data=data, json=json, **kwargs)
requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://auth.example.com/oauth2/token

LAST SEEN   TYPE      REASON    OBJECT                            MESSAGE
2m          Warning   BackOff   pod/token-refresher-7d9f8-xk2lp   Back-off restarting failed container
45s         Normal    Pulled    pod/token-refresher-7d9f8-xk2lp   Container image "ghcr.io/acme/refresher@{{digest}}" already present on machine"""),
    ("en", """\
$ cat .env.staging
SLACK_BOT_TOKEN={{slack}}
GOOGLE_MAPS_KEY={{gcp}}
AZURE_STORAGE_KEY={{azure}}
RELEASE={{version}}

$ curl -sS -X POST https://api.example.com/v2/exports \\
    -H "Authorization: Bearer {{token}}" \\
    -H "Content-Type: application/json" \\
    -d '{"format":"csv","since":"2025-05-01"}'
{"export_id":"{{uuid}}","status":"queued","eta_seconds":90}"""),
    ("en", """\
diff --git a/deploy/keys/ci_deploy b/deploy/keys/ci_deploy
deleted file mode 100600
index {{short_sha}}..0000000
--- a/deploy/keys/ci_deploy
+++ /dev/null
@@ -1,9 +0,0 @@
-{{private_key}}
diff --git a/.gitignore b/.gitignore
index {{short_sha2}}..{{short_sha3}} 100644
--- a/.gitignore
+++ b/.gitignore
@@ -12,3 +12,4 @@ node_modules/
 dist/
 *.log
+deploy/keys/"""),
    ("en", """\
In [3]:
import base64, hashlib
sample = base64.b64decode("{{b64data}}")  # fixture from tests/data/sample.txt
print(hashlib.md5(sample).hexdigest())

Out[3]:
{{md5}}

In [4]:
!tail -n 3 /var/log/syslog
{{timestamp}} {{hostname}} sshd[20417]: Accepted publickey for {{username}} from {{ip}} port 51822 ssh2
{{timestamp2}} {{hostname}} systemd[1]: Started Session 4411 of user {{username}}.
{{timestamp3}} {{hostname}} CRON[20533]: (root) CMD (/usr/local/bin/backup.sh --target s3://backups-eu/{{uuid}})"""),
    ("de", """\
Betreff: Zugriff auf {{product}} schlägt fehl ({{ticket}})

Hallo Kollegen,

nach dem Passwortwechsel gestern bekomme ich beim Login die Meldung unten. Benutzername {{username}},
neues Kennwort {{password}} (bitte nach der Prüfung wieder zurücksetzen).

{{timestamp}} WARN  auth.ldap  Bind fehlgeschlagen für uid={{username}},ou=Mitarbeiter,dc=firma,dc=local von {{ip}}: invalidCredentials
Client-Version {{version}}, Gerät NB-VERTRIEB-112

Danke und Gruß
{{first}} {{last}}"""),
    ("de", """\
# Konfiguration Schnittstelle Warenwirtschaft -> Onlineshop
# Verantwortlich: {{internal_email}}, Stand {{date}}
shop:
  basis_url: https://shop.beispiel.de/api
  api_schluessel: {{token}}
  webhook_geheimnis: {{password}}
erp:
  host: {{hostname}}
  benutzer: {{username}}
  kennwort: {{password2}}
benachrichtigung:
  slack: {{slack_hook}}
build: {{short_sha}}"""),
    ("fr", """\
Bonjour, le pod redémarre en boucle depuis le déploiement de la version {{version}}. Voici le secret et les
événements :

apiVersion: v1
kind: Secret
metadata:
  name: facturation-api
type: Opaque
stringData:
  STRIPE_KEY: {{stripe}}
  DB_PASSWORD: {{password}}

Événements :
  Warning  Failed  12s  kubelet  Error: couldn't find key STRIPE_SECRET in Secret facturation/facturation-api
  Normal   Pulled  40s  kubelet  Successfully pulled image "registry.example.fr/facturation@{{digest}}"

Merci de votre aide,
{{first}}"""),
    ("fr", """\
# script de synthèse des tickets – ne pas diffuser
import os
from openai import OpenAI

client = OpenAI(api_key="{{openai}}")  # clé perso de {{first}}, à remplacer par os.environ
tickets = charger_tickets("exports/tickets_semaine_23.csv")
resume = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "Résume : " + tickets}])
print(resume.choices[0].message.content)  # exécution {{uuid}}"""),
    ("es", """\
Paso 4/7: publicar artefacto
+ aws configure set aws_access_key_id {{aws_key}}
+ aws configure set aws_secret_access_key {{aws_secret}}
+ aws s3 cp build/informe.zip s3://informes-es/{{short_sha}}/informe.zip
upload: build/informe.zip to s3://informes-es/{{short_sha}}/informe.zip
SHA-256 del artefacto: {{sha256}}
Paso 5/7: notificar al canal #despliegues
ERROR: el token de GitLab {{gitlab}} ha caducado"""),
    ("it", """\
Ciao, lanciando il container ottengo "401 invalid x-api-key". Il comando è questo:

docker run --rm -e ANTHROPIC_API_KEY={{anthropic}} -e LOG_LEVEL=debug -e AZIENDA="{{company}}" \\
  registro.interno.it/assistente:{{version}}

L'immagine ha digest {{digest}}. Qualche idea?
{{first}}"""),
]

PROSE = [
    ("en", """\
# exported from the Workday sandbox for request {{ticket}}
employee:
  worker_id: {{account}}
  legal_name: {{name}}
  date_of_birth: {{dob_iso}}
  hire_date: {{date}}
  job_profile: {{job}}
  cost_center: {{dept}}
  work_email: {{internal_email}}
  manager: {{name2}}
  location: {{city}}"""),
    ("en", """\
CLINIC NOTE – Orthopaedics follow-up
Patient: {{name_uc}}    MRN: {{mrn}}    DOB: {{dob}}
Seen: {{date}} by Dr {{last2}} (registrar)

S: Reports less pain walking since the last visit; still stiff in the mornings.
O: ROM knee 0–115°, no effusion. X-ray of {{date_words}}: hardware in place.
A: Good progress 10 weeks after ACL reconstruction.
P: Continue physio twice a week; review in 6 weeks. Letter copied to the GP practice."""),
    ("en", """\
{
  "case_id": "{{uuid}}",
  "type": "KYC_PERIODIC_REVIEW",
  "customer": {
    "name": "{{name}}",
    "birth_date": "{{dob_iso}}",
    "customer_number": "{{account}}",
    "online_banking_user": "{{username}}",
    "iban": "{{iban}}",
    "occupation": "{{job}}",
    "employer": "{{company}}"
  },
  "reviewer": "{{internal_email}}",
  "opened_at": "{{timestamp}}",
  "risk_score": 23
}"""),
    ("en", """\
Dear {{first}},

Thank you for sending the photos. I have logged your claim under policy number {{account}} for the storm
damage on {{date_words}}. For our records, could you confirm that the policyholder's date of birth is
{{dob_words}}? Once confirmed, our assessor ({{company}}) will contact you to arrange a visit. You can follow
progress in the customer portal with your username, {{username}}.

Kind regards,
{{name2}}
Claims Handler"""),
    ("en", """\
user_name,display_name,email,department,last_login,role,review_decision
{{username}},{{name}},{{internal_email}},{{dept}},{{timestamp}},Finance Approver,KEEP
{{username2}},{{name2}},{{internal_email2}},{{dept2}},{{timestamp2}},Global Admin,REVOKE
svc_backup,Backup Service,,IT Operations,{{timestamp3}},Backup Operator,KEEP"""),
    ("en", """\
Discharge summary. {{name}} (hospital number {{mrn}}, born {{dob_words}}) was admitted on {{date}} with
community-acquired pneumonia and treated with IV co-amoxiclav for 48 hours, then orally. Discharged home on
day 5, saturating 96 % on air. Please repeat a chest X-ray in six weeks. Follow-up with Dr {{last2}} in the
respiratory clinic; queries to {{internal_email}}."""),
    ("en", """\
## {{version}} – {{date_words}}
### Fixed
- Export to {{product}} no longer drops rows with empty cost centres (#4412)
- The login page respects the `Accept-Language` header (#4398)
### Changed
- Minimum supported PostgreSQL is now 14
- Container image {{digest}}

Checksums: `{{sha256}}  app-linux-amd64.tar.gz`
Release manager: {{name}} ({{username}})"""),
    ("en", """\
Payroll change request {{ticket}}
Employee: {{name}} (employee no. {{account}})
Date of birth: {{dob}}
Change: salary account
New IBAN: {{iban}}
Effective from: {{date}}
Requested via self-service by {{username}}; approved by {{name2}}, {{job2}}.
Note: first payment to the new account with the June run (pay date 25th)."""),
    ("de", """\
Personalstammblatt (Auszug)
Name, Vorname: {{last}}, {{first}}
Geburtsdatum: {{dob}}
Personalnummer: {{account}}
Eintrittsdatum: {{date}}
Tätigkeit: {{job}}
Kostenstelle: 4711 – {{dept}}
Bankverbindung: {{iban}}
Benutzerkennung: {{username}}"""),
    ("de", """\
Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,

wir berichten über {{name}}, geboren am {{dob_words}}, die sich vom {{date}} bis heute in unserer stationären
Behandlung befand (Fall-Nr. {{mrn}}). Diagnose: Cholezystolithiasis, laparoskopische Cholezystektomie
komplikationslos. Entlassung in gutem Allgemeinzustand. Wiedervorstellung bei Beschwerden.

Mit freundlichen kollegialen Grüßen
Dr. med. {{last2}}, Oberarzt Allgemeinchirurgie"""),
    ("fr", """\
Note de conformité – revue KYC
Client : {{name}}, né(e) le {{dob}}
N° client : {{account}} – Identifiant banque en ligne : {{username}}
Profession déclarée : {{job}} chez {{company}}
Justificatifs reçus le {{date_words}} : pièce d'identité, avis d'imposition 2024
Conclusion : profil de risque standard, prochaine revue dans 36 mois.
Rédigé par {{internal_email}}"""),
    ("fr", """\
Compte rendu de consultation
Patient(e) : {{name}} – IPP {{mrn}} – né(e) le {{dob_iso}}
Date : {{date}}
Motif : bilan de lombalgies chroniques. Examen clinique sans déficit neurologique. IRM prescrite,
kinésithérapie 15 séances.
Dr {{last2}}, rhumatologie"""),
    ("es", """\
Alta de empleado – {{company}}
Nombre completo: {{name}}
Fecha de nacimiento: {{dob_words}}
Número de empleado: {{account}}
Puesto: {{job}} ({{dept}})
Fecha de incorporación: {{date}}
Usuario corporativo: {{username}} · Correo: {{internal_email}}
Portátil asignado: {{serial}}"""),
    ("es", """\
Estimado/a {{first}}:

Le confirmamos que hemos recibido el parte del siniestro ocurrido el {{date_words}}. Su número de póliza es
{{account}} y el expediente queda registrado con la referencia {{ticket}}. Para agilizar el trámite, compruebe
que su fecha de nacimiento ({{dob}}) es correcta en el área de clientes, a la que puede acceder con el usuario
{{username}}.

Atentamente,
Departamento de Siniestros, {{company}}"""),
    ("it", """\
Scheda dipendente
Cognome e nome: {{last}} {{first}}
Data di nascita: {{dob}}
Matricola: {{account}}
Qualifica: {{job}}
Sede di lavoro: {{city}}
Data assunzione: {{date}}
Account di rete: {{username}} – casella {{internal_email}}"""),
    ("it", """\
Referto ambulatoriale del {{date}}
Paziente: {{name}}, nata il {{dob_words}}, n. cartella {{mrn}}
Esame: ecografia addome completo
Esito: fegato di dimensioni nella norma, senza lesioni focali. Colecisti alitiasica.
Medico refertante: Dott. {{last2}}"""),
]

TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "signature": SIGNATURE,
    "address_block": ADDRESS,
    "dialogue": DIALOGUE,
    "secrets_code": CODE,
    "labelled_prose": PROSE,
}
