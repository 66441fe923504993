# baogao on Prefect's image, the same Prefect as pyproject pins and the server runs.
FROM prefecthq/prefect:3.9.1-python3.11
# CJK fonts so charts label 临江市 and 粮食产量 instead of falling back to "region 1".
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk fontconfig \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/baogao
COPY pyproject.toml README.md ./
COPY flows flows
COPY extractors extractors
COPY warehouse warehouse
COPY catalog catalog
COPY samples samples
RUN pip install --no-cache-dir -e '.[dask,ocr]'
# Prefect's home inside the image, analytics off; the catalogue and data are mounted.
ENV PREFECT_HOME=/opt/baogao/.prefect PREFECT_SERVER_ANALYTICS_ENABLED=false
CMD ["baogao", "--help"]
