#!/usr/bin/env python3
"""Extract the place set's Wikinews articles (CC BY 2.5) from vanatteveldt/wikinews CSVs into text pages.
Same source, commit and cleaning as devset/events/tools/extract_pages.py; none of these rows is in devset/events.
Usage (from devset/places): python3 tools/extract_pages.py MIRROR_GIT_DIR"""
import csv, io, json, re, subprocess, sys
csv.field_size_limit(10**9)
REPO = 'vanatteveldt/wikinews'
COMMIT = '347254178bf343f3801aac1d03c41cc09c35decb'
SEL = [  # (csv, row index, short name)
 ('2019',22,'paris-police-rape-verdict'),('2019',41,'christchurch-suspect-court'),('2019',58,'alabama-abortion-law'),
 ('2019',62,'white-house-self-immolation'),('2019',67,'charlottesville-sentence'),('2019',81,'el-paso-shooting'),
 ('2019',82,'puerto-rico-court-governor'),('2019',104,'scottish-court-prorogation'),('2019',128,'paris-police-hq-stabbing'),
 ('2019',136,'trump-tax-records-ruling'),('2019',138,'wiranto-stabbed'),('2019',144,'carrie-lam-speech'),
 ('2019',162,'hong-kong-district-elections'),('2019',163,'london-bridge-attack'),
 ('2020',3,'soleimani-funeral-stampede'),('2020',5,'greece-eastmed-pipeline'),('2020',15,'streatham-attack'),
 ('2020',27,'argentina-abortion-bill'),('2020',37,'montana-ballot-lawsuit'),('2020',43,'wisconsin-election'),
 ('2020',53,'bridgegate-convictions'),('2020',69,'reading-stabbing'),
 ('2020',93,'croydon-officer-shot'),('2020',113,'kenosha-suspect-released'),
]
def rows(git, year):
    t = subprocess.run(['git','--git-dir',git,'show',f'{COMMIT}:data/wikinews_{year}.csv'],capture_output=True,text=True,check=True).stdout
    return list(csv.DictReader(io.StringIO(t)))
def clean(text):
    paras = [re.sub(r'[ \t\u00a0]+',' ',p).strip() for p in re.split(r'\n\s*\n', text)]
    paras = [p for p in paras if p and not p.startswith('—') and not p.startswith('██') and not (len(p) < 200 and re.search(r'\. Image: .*$', p))]
    return paras
def main():
    git = sys.argv[1]
    data = {y: rows(git, y) for y in ('2019','2020')}
    meta = []
    for n,(y,i,name) in enumerate(sorted(SEL, key=lambda s:(data[s[0]][s[1]]['date'], s[2])), start=1):
        r = data[y][i]
        paras = clean(r['text'])
        m0 = re.match(r'^(\w+day, \w+ \d+, \d{4})\s+(\S.*)$', paras[0], re.S)
        if m0: paras = [m0.group(1), m0.group(2)] + paras[1:]
        dateline = paras[0] if re.match(r'^\w+day, \w+ \d+, \d{4}$', paras[0]) else r['date']
        body = paras[1:] if dateline == paras[0] else paras
        body = [' '.join(p.split('\n')).strip() for p in body]
        fn = f'{n:03d}-{name}.txt'
        with open(f'pages/{fn}','w',encoding='utf-8') as f:
            f.write(dateline+'\n\n'+r['title'].strip()+'\n\n'+'\n\n'.join(body)+'\n')
        meta.append({'file':fn,'title':r['title'].strip(),'published':r['date'],'url':r['url'].replace('.org//wiki','.org/wiki'),
                     'repository':REPO,'path':f'data/wikinews_{y}.csv','row':i,'commit':COMMIT,'licence':'CC BY 2.5 (Wikinews)'})
    json.dump(meta, open('sources.json','w'), indent=1, ensure_ascii=False)
main()
